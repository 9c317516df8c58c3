#pragma once
// Polygon fills as triangles, for the GPU. Ear clipping (core/index/ear_clip) does the work,
// near linear in the vertex count; a polygon whose triangles do not add up to its area (a ring
// that is not simple) goes to GEOS's constrained Delaunay triangulation instead.
#include <cstdint>
#include <vector>

#include <ogr_geometry.h>

#include "core/base/geo_types.h"

namespace corridor {

// Appends the corners of every polygon in `geometry` (Polygon, MultiPolygon, or a collection
// holding them; other parts are ignored) to `vertices` and its triangles to `indices`, three
// indices into `vertices` per triangle, counter-clockwise. Returns false, leaving both as they
// were, when a polygon cannot be triangulated (e.g. an invalid one); never throws.
bool triangulate_polygons(const OGRGeometry& geometry, std::vector<MapPoint>& vertices, std::vector<uint32_t>& indices);

// The same as a flat list: three points per triangle.
bool triangulate_polygons(const OGRGeometry& geometry, std::vector<MapPoint>& out);

}  // namespace corridor
