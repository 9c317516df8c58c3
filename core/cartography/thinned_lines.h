#pragma once
// A layer's lines and rings at a glance, for the map drawn while the rest of the data is still
// read: each path keeps a vertex only where it lies `tolerance` metres or more from the last one
// kept (radial distance), and always its last. One pass over the points, no copy: the picture
// is shown for a second or two before the map's simplified levels replace it. Hand-written
// because GEOS's simplifiers (Douglas-Peucker, topology-preserving) first copy every ring into
// GEOS and then take several passes, for a picture that is thrown away.
#include <cstdint>
#include <vector>

#include <ogr_geometry.h>

#include "core/base/geo_types.h"

namespace corridor {

struct Polylines {
    std::vector<MapPoint> points;
    std::vector<uint32_t> starts;  // where each line begins in `points`; each ends where the next begins
    size_t line_count() const { return starts.size(); }
    size_t end_of(size_t line) const { return line + 1 < starts.size() ? starts[line + 1] : points.size(); }
};

// Appends every line and polygon ring of `geometry`, thinned, to `out`; points add nothing.
// A path thinned to fewer than two points (a ring within `tolerance`) is left out.
void append_thinned(const OGRGeometry& geometry, double tolerance, Polylines& out);

}  // namespace corridor
