#pragma once
// What the map shows of a layer while the rest of the boundary data is still read: its plan's
// lines (boundaries, rivers; map_layer_plan.h) in their colours and order, thinned to about a
// pixel of the view the window opens on (core/cartography/thinned_lines.h). Made on the reading
// thread as each layer is read; load_preview.h draws it. No GL here.
#include <string>
#include <vector>

#include "core/cartography/thinned_lines.h"
#include "core/normalise/feature.h"
#include "viewer/map/map_style.h"

namespace corridor {

// One line item of a layer's plan.
struct PreviewLines {
    int order = 0;        // DrawOrder
    Rgba colour;
    double min_zoom = 0;  // as the plan's: minor rivers only from their zoom on
    Polylines lines;
};
struct LayerPreview {
    std::string layer_id;
    std::vector<PreviewLines> items;
};

// A layer just read, its lines thinned to `tolerance` metres. Point layers (places) and fills
// (lakes) give no items.
LayerPreview preview_of(const Layer& layer, const MapStyle& style, double tolerance);

}  // namespace corridor
