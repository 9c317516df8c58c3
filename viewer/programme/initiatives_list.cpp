#include "viewer/programme/initiatives_list.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "viewer/programme/theme_icons.h"
#include "viewer/programme/initiative_panel.h"

namespace corridor {

namespace {

void theme_swatch(Theme theme) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 p = ImGui::GetCursorScreenPos();
    const float h = ImGui::GetTextLineHeight();
    dl->AddCircleFilled(ImVec2(p.x + h / 2, p.y + h / 2), h / 2, theme_color(theme), 20);
    draw_theme_icon(dl, ImVec2(p.x + h / 2, p.y + h / 2), h * 0.3f, theme, IM_COL32_WHITE);
    ImGui::Dummy(ImVec2(h, h));
    ImGui::SameLine();
}

}  // namespace

int draw_initiatives_list(const std::vector<Initiative>& initiatives, OverlayFilters& filters, const Translator& tr,
                          LeftDock& dock, bool* open, FrameRecord& frame) {
    if (!*open) return -1;
    int chosen = -1;
    const char* title = tr.tr("legend.initiatives");
    const std::string name = std::string(title) + "###initiatives";
    // The filters and a few entries, or nearly half the column: the list is why people open
    // it. Then whatever the legend below leaves.
    const float min_h = std::max(9 * ImGui::GetFrameHeightWithSpacing(), 0.45f * (dock.bottom() - dock.top()));
    dock.place_next(name.c_str(), 1, {min_h, 0, true}, false);
    if (ImGui::Begin(name.c_str(), open)) {
        frame.panel("initiatives", title);
        ImGui::SetNextItemWidth(-1);
        ImGui::InputTextWithHint("##filter", tr.tr("search.placeholder"), &filters.text);
        frame.control("initiatives.filter", tr.tr("search.placeholder"));
        ImGui::SetNextItemWidth(-1);
        ImGui::DragIntRange2("##years", &filters.year_from, &filters.year_to, 0.1f, kFirstYear, kLastYear,
                             (std::string(tr.tr("filter.years")) + " %d").c_str(), "– %d");
        ImGui::Checkbox(tr.tr("filter.show_undated"), &filters.show_undated);
        int shown = 0;
        for (const Initiative& in : initiatives) shown += filters.shows(in) && filters.matches_text(in);
        char count[128];
        std::snprintf(count, sizeof count, tr.tr("filter.showing"), shown, int(initiatives.size()));
        ImGui::TextDisabled("%s", count);
        ImGui::Separator();
        ImGui::BeginChild("list");
        const Lang lang = ui_lang(tr);
        for (Theme theme : all_themes()) {
            bool any = false;
            for (size_t i = 0; i < initiatives.size(); ++i) {
                const Initiative& in = initiatives[i];
                if (in.theme != theme || !filters.shows(in) || !filters.matches_text(in)) continue;
                if (!any) {
                    theme_swatch(theme);
                    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_color(theme)), "%s", theme_text(tr, theme));
                    any = true;
                }
                ImGui::PushID(int(i));
                ImGui::Indent(8);
                if (ImGui::Selectable(in.title.in(lang).c_str())) chosen = int(i);
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", format_date(in.date, lang).c_str());
                if (!date_years(in.date)) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("(%s)", tr.tr("filter.undated"));
                }
                if (!in.has_place()) {
                    ImGui::SameLine();
                    ImGui::TextDisabled("(%s)", tr.tr("initiative.no_place"));
                }
                ImGui::Unindent(8);
                ImGui::PopID();
            }
        }
        ImGui::EndChild();
    }
    ImGui::End();
    return chosen;
}

}  // namespace corridor
