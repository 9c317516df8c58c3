#pragma once
// The top-level ImGui windows of the current frame, read once from ImGui's internal list: for
// keeping panels on screen, for the labels that keep off every window, and for the state JSON.
#include <string>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

struct DrawnWindow {
    std::string name;
    float x = 0, y = 0, w = 0, h = 0;  // position and size, screen pixels, y down
    Box rect() const { return Box{x, y, x + w, y + h}; }
    bool hidden = false; // begun this frame but not shown (first frame of an auto-sized window)
    bool panel = false;  // a user's panel: not a tooltip, popup or the menu bar
};

// Active top-level windows (no child or fallback windows), in ImGui's order. Empty without a context.
std::vector<DrawnWindow> drawn_windows();

}  // namespace corridor
