#pragma once
// How each layer looks: which meshes it contributes (fill, lines, points), in which drawing
// order, with which colours and widths. Pure data decisions, no GL, so they can be tested.
#include <algorithm>
#include <functional>
#include <vector>

#include "core/normalise/feature.h"
#include "viewer/map/map_mesh.h"
#include "viewer/map/map_style.h"

namespace corridor {

struct DrawItemPlan {
    int layer = -1;            // Geodata index
    MeshKind kind = MeshKind::Fill;
    int order = 0;             // drawn in increasing order
    LineStyle line;            // lines and points (width: point size)
    std::function<bool(const Feature&)> include;     // null: all features
    std::function<Rgba(const Feature&)> fill_color;  // fills only
    bool visible_by_default = true;
    bool network = false;       // lines: shared edges once (admin coverages)
    bool outlines = false;      // fills: keep each feature's rings to outline it when hovered/selected
    bool opaque = true;         // fills: every colour has alpha 255, so no blending is needed
    double tolerance_scale = 1; // times the band's simplification tolerance
    // Network lines that a coarser level also draws (commune edges on a cercle boundary): not
    // drawn while any of these layers is shown, so each edge is drawn once, in its strongest
    // style, and still drawn when the user hides the coarser layer.
    std::vector<int> hidden_while_shown;
    // Drawn only from this web-map zoom on (minor rivers appear as one zooms in).
    double min_zoom = 0;
    // Lines: width grows by this fraction per zoom level above `width_zoom` (and shrinks
    // below it, to no less than half): rivers thicken as one zooms in. 0: constant width.
    float width_growth = 0;
    double width_zoom = 6;
};

// The line width to draw at `zoom`, from the plan's width and growth.
float line_width_at(const DrawItemPlan& plan, double zoom);

// The drawing order, bottom to top.
enum DrawOrder {
    kOrderNeighbourFill = 0, kOrderCountryFill = 1, kOrderCommuneFill = 2, kOrderUserFill = 3,
    kOrderWaterFill = 4, kOrderRiverLine = 5,  // over the land fills, under every boundary line
    kOrderNeighbourBorder = 10, kOrderCommuneLine = 11, kOrderCercleLine = 12, kOrderRegionLine = 13,
    kOrderNationalBorder = 14, kOrderUserLine = 20, kOrderPoints = 30,
};

// The colour of the `user_turn`-th user layer (0 first): the palette's, in turn.
Rgba user_layer_colour(const MapStyle& style, int user_turn);
// `user_turn` picks the user layer's colour from the palette.
std::vector<DrawItemPlan> plan_layer(const Layer& layer, int layer_index, const MapStyle& style, int user_turn);

// "Mali", "Burkina Faso" or other: the country a feature of the countries layer or an admin
// layer stands for.
bool is_corridor_country(const std::string& name);
std::string feature_country(const Layer& layer, const Feature& feature);
// The same, holding only what it needs of the layer (for plans that outlive it).
struct CountryOf {
    bool countries_layer = false;
    std::string layer_country;  // the layer's own, or from its id's prefix
    static CountryOf of(const Layer& layer);
    std::string operator()(const Feature& feature) const;
};

}  // namespace corridor
