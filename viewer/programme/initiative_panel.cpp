#include "viewer/programme/initiative_panel.h"

#include "core/cartography/search_entries.h"

#include <cstdio>

#include <imgui.h>

#include "viewer/programme/theme_icons.h"
#include "viewer/panels/section_header.h"
#include "viewer/ui/detail_pane.h"

namespace corridor {

Lang ui_lang(const Translator& tr) { return tr.language() == "fr" ? Lang::Fr : Lang::En; }

const char* theme_text(const Translator& tr, Theme theme) {
    return tr.tr((std::string("theme.") + to_string(theme)).c_str());
}

std::string initiative_panel_title(const std::vector<const Initiative*>& shown, const std::string& place,
                                   const Translator& tr) {
    if (shown.size() == 1) return shown[0]->title.in(ui_lang(tr));
    char buf[256];
    std::snprintf(buf, sizeof buf, tr.tr("initiative.at_place"), place.c_str());
    return buf;
}

std::string draw_initiative_details(const Initiative& in, const Geodata& data, const Translator& tr) {
    const Lang lang = ui_lang(tr);
    std::string go_to;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddCircleFilled(ImVec2(p.x + h / 2, p.y + h / 2), h / 2 + 1, theme_color(in.theme), 20);
    draw_theme_icon(dl, ImVec2(p.x + h / 2, p.y + h / 2), h * 0.32f, in.theme, IM_COL32_WHITE);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_color(in.theme)), "%s", theme_text(tr, in.theme));

    ImGui::PushTextWrapPos(0);
    section_header(tr.tr("initiative.where"));
    if (!in.has_place()) ImGui::TextUnformatted(tr.tr("initiative.no_place"));
    for (const std::string& pcode : in.communes) {
        const Feature* f = data.commune(pcode);
        // "Ouahigouya (province du Yatenga)", "Sikasso (cercle de Sikasso)".
        const char* unit = f && f->admin.country == "Burkina Faso" ? "province" : "cercle";
        std::string label = (f && !f->name.empty() ? f->name : pcode) + (f ? "  (" + unit_phrase(unit, f->admin.cercle) + ")" : "");
        ImGui::PushID(pcode.c_str());
        if (ImGui::SmallButton(label.c_str())) go_to = pcode;
        ImGui::PopID();
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s — %s", tr.tr("initiative.fly_there"), pcode.c_str());
    }
    if (in.communes.empty())
        for (const NamedPoint& np : in.points) ImGui::BulletText("%s", np.name.c_str());
    if (!in.where_note.in(lang).empty()) ImGui::TextDisabled("%s", in.where_note.in(lang).c_str());

    section_header(tr.tr("initiative.when"));
    ImGui::TextUnformatted(format_date(in.date, lang).c_str());
    if (!in.date.note.in(lang).empty()) ImGui::TextDisabled("%s", in.date.note.in(lang).c_str());

    if (!in.partners.empty()) {
        section_header(tr.tr("initiative.partners"));
        for (const LocalizedText& partner : in.partners) ImGui::BulletText("%s", partner.in(lang).c_str());
    }
    if (!in.summary.in(lang).empty()) {
        section_header(tr.tr("initiative.summary"));
        ImGui::TextUnformatted(in.summary.in(lang).c_str());
    }
    section_header(tr.tr("initiative.sources"));
    for (const Source& s : in.sources) {
        ImGui::BulletText("%s", s.title.c_str());
        std::string line = s.publisher;
        if (!s.note.in(lang).empty()) line += (line.empty() ? "" : ", ") + s.note.in(lang);
        if (!s.url.empty()) line += (line.empty() ? "" : " — ") + s.url;
        if (!line.empty()) ImGui::TextDisabled("   %s", line.c_str());
    }
    ImGui::PopTextWrapPos();
    return go_to;
}

InitiativePanelActions draw_initiative_panel(const std::vector<const Initiative*>& shown, const std::string& place,
                                             const Geodata& data, const Translator& tr, FrameRecord& frame) {
    InitiativePanelActions actions;
    if (shown.empty()) return actions.closed = true, actions;
    const ImGuiIO& io = ImGui::GetIO();
    // At the right edge like the commune panel: the map's centre, where the marker is, stays clear.
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - kDetailPaneMargin, kDetailPaneTop), ImGuiCond_Appearing, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(detail_pane_width(), 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(280, 0), ImVec2(600, io.DisplaySize.y - 60));
    bool open = true;
    std::string title = initiative_panel_title(shown, place, tr);
    if (ImGui::Begin((title + "###initiative").c_str(), &open)) {
        frame.panel("initiative", title);
        draw_detail_nav(frame);  // Back / Forward, as a browser's
        if (shown.size() == 1) actions.go_to_commune = draw_initiative_details(*shown[0], data, tr);
        for (size_t i = 0; shown.size() > 1 && i < shown.size(); ++i) {
            ImGui::PushID(int(i));
            ImGui::SetNextItemOpen(i == 0, ImGuiCond_Appearing);
            if (ImGui::CollapsingHeader(shown[i]->title.in(ui_lang(tr)).c_str())) {
                ImGui::Indent(6);
                if (std::string p = draw_initiative_details(*shown[i], data, tr); !p.empty()) actions.go_to_commune = p;
                ImGui::Unindent(6);
            }
            ImGui::PopID();
        }
    }
    ImGui::End();
    actions.closed = !open;
    return actions;
}

}  // namespace corridor
