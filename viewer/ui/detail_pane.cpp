#include "viewer/ui/detail_pane.h"

#include "viewer/ui/detail_history.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

void draw_detail_nav(FrameRecord& frame) {
    DetailNav& nav = detail_nav();
    if (!nav.can_back && !nav.can_forward) return;  // a first page: no row to take room
    auto button = [&](const char* id, const char* key, bool enabled, int step) {
        ImGui::BeginDisabled(!enabled);
        if (ImGui::SmallButton(tr(key))) nav.clicked = step;
        ImGui::EndDisabled();
        if (enabled && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(step < 0 ? "detail.back_keys" : "detail.forward_keys"));
        frame.control(id, tr(key));
    };
    button("detail.back", "detail.back", nav.can_back, -1);
    ImGui::SameLine();
    button("detail.forward", "detail.forward", nav.can_forward, +1);
    ImGui::Separator();
}

}  // namespace corridor
