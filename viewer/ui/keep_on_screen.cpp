#include "viewer/ui/keep_on_screen.h"

#include <algorithm>

#include <imgui.h>
#include "viewer/ui/drawn_windows.h"

namespace corridor {

void keep_windows_on_screen(float top) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    for (const DrawnWindow& w : drawn_windows()) {
        if (!w.panel || w.hidden) continue;
        const ImVec2 at(w.x, w.y), was(w.w, w.h);
        float max_w = std::max(1.0f, display.x), max_h = std::max(1.0f, display.y - top);
        ImVec2 size(std::min(was.x, max_w), std::min(was.y, max_h));
        ImVec2 pos(std::clamp(at.x, 0.0f, std::max(0.0f, display.x - size.x)),
                   std::clamp(at.y, top, std::max(top, display.y - size.y)));
        if (size.x != was.x || size.y != was.y) ImGui::SetWindowSize(w.name.c_str(), size);
        if (pos.x != at.x || pos.y != at.y) ImGui::SetWindowPos(w.name.c_str(), pos);
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
    for (const DrawnWindow& w : drawn_windows())  // called after the frame: this frame's windows
        if (w.panel)
            out.push_back({{"name", w.name}, {"x", w.x}, {"y", w.y}, {"w", w.w}, {"h", w.h}});
    return out;
}

}  // namespace corridor
