#pragma once
// Where the detail panels (commune, initiative, corridor) open: docked at the right edge below
// the menu bar, one width for all. Framing uses the same numbers before a panel opens, so the
// target lands in the part of the map the panel leaves free (as web maps pad fitBounds).
#include <imgui.h>

namespace corridor {

constexpr float kDetailPaneMargin = 12;  // from the window's right edge
constexpr float kDetailPaneTop = 40;

// Grows with the UI font (projector scale): 380 px at the 16-px default.
inline float detail_pane_width() { return 380 * ImGui::GetFontSize() / 16; }

// The pixels a detail panel takes from the right edge of the map, margin and gap included.
inline float detail_pane_reserve() { return detail_pane_width() + 2 * kDetailPaneMargin; }

}  // namespace corridor
