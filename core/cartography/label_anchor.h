#pragma once
// Where an area's label goes: the pole of inaccessibility, the inside point farthest from the
// edges (GEOS maximum inscribed circle), on the largest part of a multipolygon. Unlike the
// centroid it is always inside, also for C-shaped or crescent communes, and `radius` says how
// much room the label has there.
#include <optional>

#include <ogr_geometry.h>

#include "core/base/geo_types.h"

namespace corridor {

struct LabelAnchor {
    MapPoint point;     // in the geometry's coordinates (Web Mercator metres for Feature::mercator)
    double radius = 0;  // distance from `point` to the nearest edge, same units
};

// Anchor of a (multi)polygon, or nullopt for empty or non-areal geometry. The search stops
// within 1/500 of the part's larger side of the best point.
std::optional<LabelAnchor> polygon_label_anchor(const OGRGeometry& geometry);

}  // namespace corridor
