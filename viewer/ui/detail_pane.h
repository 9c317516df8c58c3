#pragma once
// Where the detail panels (commune, initiative, corridor) open: docked at the right edge below
// the menu bar, one width for all. Framing uses the same numbers before a panel opens, so the
// target lands in the part of the map the panel leaves free (as web maps pad fitBounds).
#include <imgui.h>

#include "viewer/ui/state_json.h"

namespace corridor {

constexpr float kDetailPaneMargin = 12;  // from the window's right edge
constexpr float kDetailPaneTop = 40;

// Grows with the UI font (projector scale): 380 px at the 16-px default.
inline float detail_pane_width() { return 380 * ImGui::GetFontSize() / 16; }

// The pixels a detail panel takes from the right edge of the map, margin and gap included.
inline float detail_pane_reserve() { return detail_pane_width() + 2 * kDetailPaneMargin; }

// The Back and Forward buttons (detail_nav() of detail_history.h) at the top of the detail
// panel being drawn; call right after its Begin. Controls "detail.back" and "detail.forward".
void draw_detail_nav(FrameRecord& frame);

}  // namespace corridor
