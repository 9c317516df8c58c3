#pragma once
// The boundaries of a polygon coverage (communes, regions) as a network of unique edges: an edge
// shared by two neighbours appears once, and edges are merged into lines that run from one
// junction to the next. Drawing the network instead of every polygon's rings halves the line
// work, and simplifying lines whose ends are junctions keeps neighbours' borders identical.
#include <vector>

#include <ogr_geometry.h>

namespace corridor {

// The unique boundary edges of `polygons` (Polygon or MultiPolygon; other parts ignored) as
// merged lines. Returns an empty MultiLineString when there is nothing to do, nullptr when GEOS
// fails (the caller can fall back to drawing rings).
std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons);

}  // namespace corridor
