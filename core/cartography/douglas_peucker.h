#pragma once
// Douglas-Peucker simplification of every line and polygon ring of a geometry, each path on its
// own, by GEOS. OGRGeometry::Simplify runs the same GEOS simplifier but copies the geometry into
// GEOS and back through WKB, and for polygons checks every result's validity and repairs it (a
// buffer): on the real pack's first start that was 14% of the CPU, four times the simplification
// itself. The map's levels of detail need no valid polygon: triangulation checks its triangles'
// area and falls back to GEOS's constrained Delaunay, then MakeValid, for a ring that came to
// cross itself. Here each path goes to GEOS as a line, straight from its coordinates.
#include <memory>

#include <ogr_geometry.h>

namespace corridor {

// `geometry` simplified to `tolerance` (its own units). A path keeps its end points, so a closed
// ring stays closed; a ring left with fewer than four points is dropped, a polygon whose shell
// is dropped is dropped with its holes, and what is left of a polygon may be empty. Lines,
// polygons and their Multi* and collections keep their type; other kinds (points, curves) go
// through OGRGeometry::Simplify. nullptr when GEOS fails.
std::unique_ptr<OGRGeometry> simplify_paths(const OGRGeometry& geometry, double tolerance);

}  // namespace corridor
