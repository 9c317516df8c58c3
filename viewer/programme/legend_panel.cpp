#include "viewer/programme/legend_panel.h"

#include <string>
#include <vector>

#include <imgui.h>

#include "viewer/programme/theme_icons.h"
#include "viewer/programme/initiative_panel.h"
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

void group_toggle(LayerVisibility& layers, const char* label, const std::vector<int>& ids) {
    if (ids.empty()) return;
    bool on = false;
    for (int i : ids) on = on || layers.shown(i);
    if (ImGui::Checkbox(label, &on))
        for (int i : ids) layers.set(i, on);
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

}  // namespace

void draw_legend(const Geodata& d, LayerVisibility& layers, OverlayFilters& filters, const Translator& tr, LeftDock& dock, bool* open,
                 FrameRecord& frame) {
    if (!*open) return;
    fit_next_window_in_display(ImGui::GetFrameHeight());  // below the menu bar; scrolls at 3x on 720p
    const char* title = tr.tr("legend.title");
    const std::string name = std::string(title) + "###legend";
    // Its whole content when there is room (about 26 rows; measured from the second frame on).
    const float rows = ImGui::GetFrameHeightWithSpacing();
    dock.place_next(name.c_str(), 2, {6 * rows, 26 * rows, false}, true);
    if (ImGui::Begin(name.c_str(), open, ImGuiWindowFlags_AlwaysAutoResize)) {
        frame.panel("legend", title);
        section_header(tr.tr("legend.layers"));
        group_toggle(layers, tr.tr("legend.communes"), layers_of(d, AdminLevel::Commune, false));
        group_toggle(layers, tr.tr("legend.cercles_provinces"), layers_of(d, AdminLevel::Cercle, false));
        group_toggle(layers, tr.tr("legend.regions"), layers_of(d, AdminLevel::Region, false));
        group_toggle(layers, tr.tr("legend.countries"), layers_of(d, AdminLevel::Country, false));
        group_toggle(layers, tr.tr("legend.places"), layers_of(d, AdminLevel::None, true));
        // Every layer on its own, user files included (the shell's layer list, folded in).
        if (ImGui::TreeNode(tr.tr("common.all"))) {
            for (int i = 0; i < int(d.layers.size()); ++i) {
                bool on = layers.shown(i);
                ImGui::PushID(i);
                if (ImGui::Checkbox(layer_title(d.layers[i]).c_str(), &on)) layers.set(i, on);
                ImGui::PopID();
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
}

}  // namespace corridor
