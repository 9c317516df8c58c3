#pragma once
// The left column of panels (layers, initiatives, legend) on first run: stacked below the menu
// bar and above the scale bar and cursor readout (dock_layout.h), one width, following the
// window's size. A panel stays docked until the user moves, resizes or (un)collapses it, and is
// never docked when imgui.ini already placed it: from then on its place is the user's.
#include <map>
#include <string>

#include <imgui.h>

#include "core/base/geo_types.h"
#include "viewer/ui/dock_layout.h"

namespace corridor {

class LeftDock {
public:
    static constexpr float kMargin = 12;  // from the window's edges and between panels

    // Each frame before the panels: the column runs from `top` to `bottom` (window pixels).
    void begin_frame(float top, float bottom);
    // Before ImGui::Begin() of a docked panel; `order` is its place in the column, top first.
    // `auto_height`: an ImGuiWindowFlags_AlwaysAutoResize window, whose content is its want_h
    // (slot.want_h is the guess for its first frame).
    void place_next(const char* window_name, int order, DockSlot slot, bool auto_height);

    float column_width() const;  // follows the font size (UI scale), at most 45% of the window
    float top() const { return top_; }
    float bottom() const { return bottom_; }

private:
    struct Entry {
        int order = 0;
        DockSlot slot;
        bool auto_height = false;
        bool docked = true;
        int last_frame = -1;
        bool placed = false, collapsed = false;
        ImVec2 pos, size;  // what we set last frame
    };
    std::map<ImGuiID, Entry> entries_;
    float top_ = 0, bottom_ = 0;
};

}  // namespace corridor
