#include "viewer/programme/legend_panel.h"

#include <string>
#include <vector>

#include <imgui.h>

#include "core/cartography/water.h"
#include "viewer/programme/theme_icons.h"
#include "viewer/programme/initiative_panel.h"
#include "viewer/panels/layer_list.h"
#include "viewer/panels/section_header.h"
#include "viewer/ui/keep_on_screen.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {

// Layers of one kind: by admin level, or the point layers for "places".
std::vector<int> layers_of(const Geodata& data, AdminLevel level, bool places) {
    std::vector<int> out;
    for (size_t i = 0; i < data.layers.size(); ++i) {
        const Layer& l = data.layers[i];
        bool is_place = l.id.rfind("places", 0) == 0 || l.id == "bfa_capitals";
        if (places ? is_place : (!is_place && l.level == level && level != AdminLevel::None)) out.push_back(int(i));
    }
    return out;
}

// Rivers and lakes: one box for both, as for the admin levels of both countries.
std::vector<int> water_layers(const Geodata& data) {
    std::vector<int> out;
    for (size_t i = 0; i < data.layers.size(); ++i)
        if (is_water_layer(data.layers[i])) out.push_back(int(i));
    return out;
}

void group_toggle(LayerVisibility& layers, const char* id, const char* label, const std::vector<int>& ids,
                  FrameRecord& frame) {
    if (ids.empty()) return;
    bool on = false;
    for (int i : ids) on = on || layers.shown(i);
    if (ImGui::Checkbox(label, &on))
        for (int i : ids) layers.set(i, on);
    frame.control(id, label);
}

void line_swatch(bool dashed) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight(), y = p.y + h / 2;
    ImU32 col = dashed ? IM_COL32(140, 90, 13, 200) : IM_COL32(148, 41, 31, 255);
    if (!dashed) dl->AddLine(ImVec2(p.x, y), ImVec2(p.x + 2 * h, y), col, 4);
    for (float x = 0; dashed && x < 2 * h; x += 7) dl->AddLine(ImVec2(p.x + x, y), ImVec2(p.x + std::min(x + 4, 2 * h), y), col, 4);
    ImGui::Dummy(ImVec2(2 * h, h));
    ImGui::SameLine();
}

// The symbol the map draws a user layer with: a filled square with an outline for areas, a
// line for lines, a square dot for points (the line shader's point quads).
void layer_swatch(GeometryKind kind, Rgba c) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetFrameHeight(), m = h * 0.2f;
    const ImU32 solid = IM_COL32(c.r, c.g, c.b, 255), fill = IM_COL32(c.r, c.g, c.b, 90);
    const ImVec2 a(p.x + m, p.y + m), b(p.x + h - m, p.y + h - m);
    switch (kind) {
    case GeometryKind::Line: dl->AddLine(ImVec2(a.x, b.y), ImVec2(b.x, a.y), solid, 3); break;
    case GeometryKind::Point: dl->AddRectFilled(ImVec2(p.x + h / 2 - 4, p.y + h / 2 - 4), ImVec2(p.x + h / 2 + 4, p.y + h / 2 + 4), solid); break;
    default:
        dl->AddRectFilled(a, b, fill);
        dl->AddRect(a, b, solid, 0, 0, 2);
    }
    ImGui::Dummy(ImVec2(h, h));
}

// The user's own layers, newest first: visibility, symbol, title, and a menu to choose the
// field that names the features (Identify's title), as QGIS's "Display name".
std::optional<std::pair<int, std::string>> user_layer_entries(const Geodata& d, LayerVisibility& layers,
                                                              const std::vector<std::pair<int, Rgba>>& user_layers,
                                                              const Translator& tr, FrameRecord& frame) {
    std::optional<std::pair<int, std::string>> asked;
    if (user_layers.empty()) return asked;
    section_header(tr.tr("legend.your_layers"));
    for (const auto& [index, colour] : user_layers) {
        if (index < 0 || index >= int(d.layers.size())) continue;
        const Layer& l = d.layers[index];
        const std::string id = "legend.user." + l.id;
        ImGui::PushID(index);
        bool on = layers.shown(index);
        if (ImGui::Checkbox("##on", &on)) layers.set(index, on);
        frame.control(id, layer_title(l));
        ImGui::SameLine();
        layer_swatch(l.kind, colour);
        ImGui::SameLine();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(layer_title(l).c_str());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n%zu", l.path.c_str(), l.features.size());
        if (!l.text_fields.empty()) {
            ImGui::SameLine();
            if (ImGui::SmallButton("\xe2\x96\xbe")) ImGui::OpenPopup("layer_menu");  // ▾
            frame.control(id + ".menu", tr.tr("legend.layer_menu"));
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr.tr("legend.layer_menu"));
            if (ImGui::BeginPopup("layer_menu")) {
                ImGui::TextDisabled("%s", tr.tr("legend.name_field"));
                for (const std::string& field : l.text_fields) {
                    if (ImGui::MenuItem(field.c_str(), nullptr, field == l.name_field)) asked = {index, field};
                    frame.control(id + ".name_field." + field, field);
                }
                ImGui::EndPopup();
            }
        }
        ImGui::PopID();
    }
    return asked;
}

}  // namespace

LegendActions draw_legend(const Geodata& d, LayerVisibility& layers, OverlayFilters& filters, const Translator& tr,
                          const std::vector<std::pair<int, Rgba>>& user_layers, LeftDock& dock, bool* open,
                          FrameRecord& frame) {
    LegendActions actions;
    FeatureRef& chosen = actions.chosen;
    if (!*open) return actions;
    fit_next_window_in_display(ImGui::GetFrameHeight());  // below the menu bar; scrolls at 3x on 720p
    const char* title = tr.tr("legend.title");
    const std::string name = std::string(title) + "###legend";
    // Its whole content when there is room (about 26 rows; measured from the second frame on).
    const float rows = ImGui::GetFrameHeightWithSpacing();
    dock.place_next(name.c_str(), 2, {6 * rows, 26 * rows, false}, true);
    if (ImGui::Begin(name.c_str(), open, ImGuiWindowFlags_AlwaysAutoResize)) {
        frame.panel("legend", title);
        actions.name_field = user_layer_entries(d, layers, user_layers, tr, frame);  // at the top: just opened
        section_header(tr.tr("legend.layers"));
        group_toggle(layers, "legend.communes", tr.tr("legend.communes"), layers_of(d, AdminLevel::Commune, false), frame);
        group_toggle(layers, "legend.cercles_provinces", tr.tr("legend.cercles_provinces"), layers_of(d, AdminLevel::Cercle, false), frame);
        group_toggle(layers, "legend.regions", tr.tr("legend.regions"), layers_of(d, AdminLevel::Region, false), frame);
        group_toggle(layers, "legend.countries", tr.tr("legend.countries"), layers_of(d, AdminLevel::Country, false), frame);
        group_toggle(layers, "legend.water", tr.tr("legend.water"), water_layers(d), frame);
        group_toggle(layers, "legend.places", tr.tr("legend.places"), layers_of(d, AdminLevel::None, true), frame);
        // Every layer on its own, user files included (the shell's layer list, folded in).
        if (ImGui::TreeNode(tr.tr("common.all"))) {
            for (int i = 0; i < int(d.layers.size()); ++i) {
                bool on = layers.shown(i);
                ImGui::PushID(i);
                if (ImGui::Checkbox(layer_title(d.layers[i]).c_str(), &on)) layers.set(i, on);
                ImGui::PopID();
                if (FeatureRef f = draw_features_without_geometry(d.layers[i], i); f.valid()) chosen = f;
            }
            ImGui::TreePop();
        }
        section_header(tr.tr("legend.themes"));
        for (Theme theme : all_themes()) {
            ImGui::PushID(int(theme));
            bool on = !filters.hidden_themes.count(theme);
            if (ImGui::Checkbox("##on", &on)) {
                if (on) filters.hidden_themes.erase(theme);
                else filters.hidden_themes.insert(theme);
            }
            ImGui::SameLine();
            ImDrawList* dl = ImGui::GetWindowDrawList();
            ImVec2 p = ImGui::GetCursorScreenPos();
            const float h = ImGui::GetFrameHeight();
            dl->AddCircleFilled(ImVec2(p.x + h / 2, p.y + h / 2), h / 2 - 1, theme_color(theme), 20);
            draw_theme_icon(dl, ImVec2(p.x + h / 2, p.y + h / 2), h * 0.28f, theme, IM_COL32_WHITE);
            ImGui::Dummy(ImVec2(h, h));
            ImGui::SameLine();
            ImGui::AlignTextToFramePadding();
            ImGui::TextUnformatted(theme_text(tr, theme));
            ImGui::PopID();
        }
        section_header(tr.tr("legend.corridors"));
        ImGui::Checkbox("##corridors", &filters.show_corridors);
        ImGui::SameLine();
        line_swatch(false);
        ImGui::TextUnformatted(tr.tr("legend.corridors"));
        ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
        line_swatch(true);
        ImGui::TextUnformatted(tr.tr("corridor.indicative_route"));
        ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemSpacing.x);
    }
    ImGui::End();
    return actions;
}

}  // namespace corridor
