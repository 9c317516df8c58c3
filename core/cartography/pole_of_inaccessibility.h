#pragma once
// The pole of inaccessibility of one polygon: the inside point farthest from its edges (holes'
// included), found to within `precision` by the quadtree search of Mapbox's polylabel (ISC
// licence): cells ordered by the best distance they could hold, split until none can beat the
// best found by more than `precision`.
// Hand-written: GEOS 3.11's MaximumInscribedCircle (the same search) answers each probe through
// an indexed facet distance that builds a tree for the probe point and allocates every time:
// 0.29 ms a commune, over a third of reading the real boundary layers. Here a probe is one pass
// over the rings' segments, with nothing allocated (a commune has 92 points on average): 0.12 ms;
// passing by the runs of segments too far to matter then took a further 37% off.
// Debian ships no polylabel.
#include "core/base/geo_types.h"

class OGRPolygon;

namespace corridor {

struct Pole {
    MapPoint point;
    double distance = 0;  // to the nearest edge; <= 0 when no inside point was found
};

// Empty, zero-area or non-finite polygons give distance <= 0 (the point is then the first
// vertex, or 0,0 for an empty polygon). `precision` <= 0 is taken as 1/500 of the larger side.
Pole pole_of_inaccessibility(const OGRPolygon& polygon, double precision);

// Distance from (x, y) to the polygon's nearest edge, negative outside (even-odd rule over every
// ring): the measure the search maximises, for a point found on a simplified copy.
double signed_distance_to_edges(const OGRPolygon& polygon, double x, double y);

}  // namespace corridor
