#include "viewer/ui/keep_on_screen.h"

#include <algorithm>

#include <imgui.h>
#include <imgui_internal.h>  // the window list: ImGui has no public way to visit every window

namespace corridor {

namespace {
const ImGuiWindowFlags kNotPanels = ImGuiWindowFlags_ChildWindow | ImGuiWindowFlags_Tooltip |
                                    ImGuiWindowFlags_Popup | ImGuiWindowFlags_MenuBar;
}

void keep_windows_on_screen(float top) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    const ImVec2 display = g.IO.DisplaySize;
    for (ImGuiWindow* w : g.Windows) {
        if (!w->Active || (w->Flags & kNotPanels) || w->Hidden) continue;
        float max_w = std::max(1.0f, display.x), max_h = std::max(1.0f, display.y - top);
        ImVec2 size(std::min(w->Size.x, max_w), std::min(w->Size.y, max_h));
        ImVec2 pos(std::clamp(w->Pos.x, 0.0f, std::max(0.0f, display.x - size.x)),
                   std::clamp(w->Pos.y, top, std::max(top, display.y - size.y)));
        if (size.x != w->Size.x || size.y != w->Size.y) ImGui::SetWindowSize(w->Name, size);
        if (pos.x != w->Pos.x || pos.y != w->Pos.y) ImGui::SetWindowPos(w->Name, pos);
    }
}

void fit_next_window_in_display(float top) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float margin = 12;
    ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(std::max(100.0f, display.x - 2 * margin),
                                                             std::max(100.0f, display.y - top - 2 * margin)));
}

nlohmann::json window_rects_json() {
    nlohmann::json out = nlohmann::json::array();
    ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return out;
    for (ImGuiWindow* w : g->Windows) {
        if (!w->Active || (w->Flags & kNotPanels)) continue;  // called after the frame: this frame's windows
        out.push_back({{"name", w->Name}, {"x", w->Pos.x}, {"y", w->Pos.y}, {"w", w->Size.x}, {"h", w->Size.y}});
    }
    return out;
}

}  // namespace corridor
