#pragma once
// The boundaries of a polygon coverage (communes, regions) as a network of unique edges: an edge
// shared by two neighbours appears once, and edges are merged into lines that run from one
// junction to the next. Drawing the network instead of every polygon's rings halves the line
// work, and simplifying lines whose ends are junctions keeps neighbours' borders identical.
//
// Edges are matched by exact vertices, not by a GEOS union: in a clean coverage (the COD-AB
// layers) neighbours share their vertices, and so do the levels of one country (every cercle
// edge is a commune edge), while a union costs ~1 s per commune layer. Edges that merely overlap
// without shared vertices are kept twice, which only draws them twice.
#include <array>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

#include <ogr_geometry.h>

#include "core/index/flat_index_set.h"

namespace corridor {

// A segment with its ends in a fixed order, so that A->B and B->A compare equal.
struct Edge {
    std::array<double, 4> v;  // x0, y0, x1, y1 with (x0, y0) < (x1, y1)
    static Edge between(double x0, double y0, double x1, double y1);
    bool operator==(const Edge&) const = default;
};

struct EdgeHash {
    size_t operator()(const Edge& e) const;
};

// The ring edges of polygon layers, to ask whether an edge of another layer lies on them.
class EdgeSet {
public:
    EdgeSet() = default;
    EdgeSet(const EdgeSet&) = delete;  // its index points at its own edges
    EdgeSet& operator=(const EdgeSet&) = delete;

    void add(const OGRGeometry& polygons);  // Polygon or MultiPolygon; other kinds are ignored
    bool contains(const Edge& e) const { return index_.find(e).has_value(); }
    size_t size() const { return edges_.size(); }

private:
    std::deque<Edge> edges_;  // not a vector: one that doubles holds both its buffers while it moves
    FlatIndexSet<ElementAt<std::deque<Edge>>, EdgeHash> index_{ElementAt<std::deque<Edge>>{&edges_}, EdgeHash{}};
};

// The unique boundary edges of `polygons` (Polygon or MultiPolygon; other parts ignored) as
// merged lines, each from a junction or dead end to the next, or round a closed ring. Returns an
// empty MultiLineString when there is nothing to do. (Callers still take nullptr as "draw the
// rings instead", from when GEOS merged the lines and could fail.)
std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons);

// The most parts boundary_network_parts splits in (a part is held in 7 bits).
constexpr int kMaxNetworkParts = 127;

// The same network split in `group_count` parts, at most kMaxNetworkParts: each unique edge goes
// to part group_of(edge) (edges given a group outside 0..group_count-1 are dropped). Lines are
// merged within a part.
// Used to leave out of the commune lines the edges a cercle or region line draws anyway.
std::vector<std::unique_ptr<OGRMultiLineString>> boundary_network_parts(
    const std::vector<const OGRGeometry*>& polygons, int group_count, const std::function<int(const Edge&)>& group_of);

}  // namespace corridor
