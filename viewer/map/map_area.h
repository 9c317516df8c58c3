#pragma once
// The part of the window where the map is not covered by docked panels, and framing a box in
// it: home, fit and fly-to keep their target clear of the side panels, as web maps pad their
// view while a side panel is open. Pure maths, so tests check it directly.
#include <vector>

#include "core/base/geo_types.h"
#include "viewer/map/camera.h"

namespace corridor {

// The window below `top` less the panels docked at its left or right edge (a panel that starts
// in the left third and ends before the middle-right, or the mirror of it). Centred windows
// (search box, notices) do not count. When the panels leave less than a quarter of the width,
// the whole window below `top` is returned: framing in a sliver helps nobody. A `bottom_band`
// (the attribution lines) wider than half of what is left ends the area above it.
Box unobstructed_area(double width, double height, double top, const std::vector<Box>& panels,
                      const Box& bottom_band = {});

// `area` less the `panel_px` at the right edge of a window `window_width` wide that a panel
// about to open will take; `area` itself when that would leave less than a quarter of the window.
Box beside_right_panel(const Box& area, double window_width, double panel_px);

// `area` shrunk by `fraction` of its width and height on each side: the padding of web maps'
// fitBounds, which keeps a target off the panels' and the window's edges.
Box inset(const Box& area, double fraction);
constexpr double kFramingPadding = 0.1;

// `camera` at `zoom` with `center` in the middle of `area` (window pixels, y down).
Camera centre_in_area(Camera camera, MapPoint center, double zoom, const Box& area);

// `camera` moved and zoomed so that `target` fits, `padding` pixels in, inside `area` (window
// pixels, y down); the viewport stays the whole window.
Camera fit_in_area(Camera camera, const Box& target, const Box& area, double padding);

}  // namespace corridor
