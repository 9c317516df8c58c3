#pragma once
// What every map carries around the data: a scale bar in true ground kilometres, the cursor's
// lon/lat, the attribution of every visible layer.
#include <functional>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/layer_visibility.h"

namespace corridor {

struct ScaleBar {
    double ground_meters = 0;  // a round length: 1, 2 or 5 times a power of ten
    double pixels = 0;         // its length on screen
    std::string label;         // "50 km", "500 m"
};

// The longest round ground length that fits in `max_pixels` at latitude `lat` (degrees):
// Web Mercator stretches by 1/cos(lat), so ground metres = mercator metres * cos(lat).
ScaleBar scale_bar(double meters_per_pixel, double lat, double max_pixels);

// Attribution lines of the visible layers that meet the view, each once, in layer order.
std::vector<std::string> visible_attributions(const Geodata& data, const Box& view,
                                              const LayerVisibility& layers);

// Where the furniture sits on screen (pixels, y down): docked panels and labels keep off it.
struct FurnitureRects {
    Box scale_bar;    // empty when no round length fits
    Box cursor;       // the lon/lat readout's place, kept free even while the pointer is away
    Box attribution;  // every attribution line; empty when no layer with one is visible
    std::string attribution_text;  // as drawn: the lines joined by " · ", cut with "…" where too long
    std::vector<Box> all() const;  // the non-empty ones
};

// Scale bar (bottom left), cursor position and attribution (bottom right), drawn over the map.
// Returns where they are.
FurnitureRects draw_map_furniture(const Camera& camera, const Geodata& data, const LayerVisibility& layers,
                                  bool mouse_inside, ScreenPoint mouse);

}  // namespace corridor
