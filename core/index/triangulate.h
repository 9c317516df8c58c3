#pragma once
// Polygon fills as triangles, for the GPU. GEOS's constrained Delaunay triangulation does the
// work (holes and multipolygons included); this only walks its output into a flat list.
#include <vector>

#include <ogr_geometry.h>

#include "core/base/geo_types.h"

namespace corridor {

// Appends the triangles of every polygon in `geometry` (Polygon, MultiPolygon, or a collection
// holding them; other parts are ignored) to `out`, three points per triangle, counter-clockwise.
// Returns false, leaving `out` as it was, when GEOS cannot triangulate the input (e.g. an
// invalid polygon); never throws.
bool triangulate_polygons(const OGRGeometry& geometry, std::vector<MapPoint>& out);

}  // namespace corridor
