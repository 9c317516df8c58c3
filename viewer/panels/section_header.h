#pragma once
// A titled rule between parts of a panel (ImGui 1.86 has no SeparatorText).
#include <imgui.h>

namespace corridor {

inline void section_header(const char* title) {
    ImGui::Spacing();
    ImGui::TextColored(ImVec4(0.25f, 0.35f, 0.5f, 1), "%s", title);
    ImGui::Separator();
}

}  // namespace corridor
