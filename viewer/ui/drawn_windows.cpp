#include "viewer/ui/drawn_windows.h"

#include <imgui.h>
#include <imgui_internal.h>  // the window list: ImGui has no public way to visit every window

namespace corridor {

std::vector<DrawnWindow> drawn_windows() {
    std::vector<DrawnWindow> out;
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return out;
    const ImGuiWindowFlags not_panels = ImGuiWindowFlags_Tooltip | ImGuiWindowFlags_Popup | ImGuiWindowFlags_MenuBar;
    for (const ImGuiWindow* w : g->Windows) {
        if (!w->Active || w->IsFallbackWindow || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
        DrawnWindow d;
        d.name = w->Name;
        d.x = w->Pos.x, d.y = w->Pos.y, d.w = w->Size.x, d.h = w->Size.y;
        d.hidden = w->Hidden;
        d.panel = !(w->Flags & not_panels);
        out.push_back(std::move(d));
    }
    return out;
}

}  // namespace corridor
