#pragma once
// Ear clipping of one polygon (a shell and its holes) into triangles, for the GPU fills.
// Hand-written (the earcut algorithm of Mapbox, ISC licence): GEOS's C API (3.11) offers only the
// constrained Delaunay triangulation, whose Delaunay pass costs far more than the fills need,
// its ear clipper is C++-only with no headers in Debian, and no Debian package ships earcut.
// Vertices are hashed on a z-order curve, so the cost stays near linear in the vertex count.
#include <cstdint>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

// `rings[0]` is the shell, the others holes; rings may be open or closed (a repeated last point
// is ignored), in either orientation. Appends to `triangles` indices into the concatenation of
// the rings as given (ring 0's points first, then ring 1's, ...), three per triangle, each
// triangle counter-clockwise. Degenerate input gives fewer triangles, never a crash.
void ear_clip(const std::vector<std::vector<MapPoint>>& rings, std::vector<uint32_t>& triangles);

}  // namespace corridor
