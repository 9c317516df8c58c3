#include "core/index/boundary_network.h"

#include "core/base/geometry_walk.h"

#include <unordered_map>

#include <geos_c.h>

namespace corridor {
namespace {

void ignore_geos_message(const char*, void*) {}

// visit(x0, y0, x1, y1) for each edge of `ring` in the ring's direction; a repeated point
// makes no edge, and the ring goes on from it.
template <class Visit>
void for_each_edge_of(const OGRLinearRing& ring, const Visit& visit) {
    for (int i = 0; i + 1 < ring.getNumPoints(); ++i) {
        const double x0 = ring.getX(i), y0 = ring.getY(i), x1 = ring.getX(i + 1), y1 = ring.getY(i + 1);
        if (x0 != x1 || y0 != y1) visit(x0, y0, x1, y1);
    }
}

template <class Visit>
void for_each_ring_edge(const OGRGeometry& g, const Visit& visit) {
    for_each_ring(g, [&](const OGRLinearRing& ring) {
        for_each_edge_of(ring, [&](double x0, double y0, double x1, double y1) { visit(Edge::between(x0, y0, x1, y1)); });
    });
}

// A ring edge kept for the network, in the direction the ring walks it.
struct WalkedEdge {
    double x0, y0, x1, y1;
    int part;
    bool follows;  // the ring's previous edge was kept too, in the same part
};

// A vertex of one part's network, to count how many of the part's edges meet there.
struct PartVertex {
    double x, y;
    int part;
    bool operator==(const PartVertex&) const = default;
};
struct PartVertexHash {
    size_t operator()(const PartVertex& v) const {
        return (std::hash<double>()(v.x) * 1000003u ^ std::hash<double>()(v.y)) * 31u + size_t(v.part);
    }
};

// Consecutive ring edges of one part joined into runs wherever exactly two of the part's edges
// meet: where GEOS's line merge would join them too, so its result is the same, but it gets a
// few thousand lines instead of a million two-point segments (its graph took ~400 bytes an edge,
// 440 MB on the 2 M-vertex stress pack). Runs still meet at ring starts; GEOS joins those.
std::vector<std::vector<std::vector<double>>> runs_by_part(const std::vector<WalkedEdge>& edges, int part_count) {
    std::unordered_map<PartVertex, int, PartVertexHash> degree;
    degree.reserve(edges.size());
    for (const WalkedEdge& e : edges) ++degree[{e.x0, e.y0, e.part}], ++degree[{e.x1, e.y1, e.part}];
    std::vector<std::vector<std::vector<double>>> runs(static_cast<size_t>(part_count));
    std::vector<double>* run = nullptr;
    for (const WalkedEdge& e : edges) {
        if (!run || !e.follows || degree[{e.x0, e.y0, e.part}] != 2) {
            run = &runs[size_t(e.part)].emplace_back();
            run->insert(run->end(), {e.x0, e.y0});
        }
        run->insert(run->end(), {e.x1, e.y1});
    }
    return runs;
}

// Joins runs into lines running from one junction to the next (GEOS line merge).
std::unique_ptr<OGRMultiLineString> merge(GEOSContextHandle_t ctx, const std::vector<std::vector<double>>& runs) {
    if (runs.empty()) return std::make_unique<OGRMultiLineString>();
    std::vector<GEOSGeometry*> lines;
    lines.reserve(runs.size());
    for (const std::vector<double>& xy : runs) {
        const unsigned n = unsigned(xy.size() / 2);
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, n, 2);
        for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_setXY_r(ctx, seq, i, xy[2 * i], xy[2 * i + 1]);
        lines.push_back(GEOSGeom_createLineString_r(ctx, seq));
    }
    GEOSGeometry* all = GEOSGeom_createCollection_r(ctx, GEOS_MULTILINESTRING, lines.data(), unsigned(lines.size()));
    GEOSGeometry* merged = all ? GEOSLineMerge_r(ctx, all) : nullptr;
    std::unique_ptr<OGRMultiLineString> result;
    if (merged) {
        std::unique_ptr<OGRGeometry> g(OGRGeometryFactory::createFromGEOS(ctx, merged));
        if (g && wkbFlatten(g->getGeometryType()) == wkbMultiLineString) {
            result.reset(g.release()->toMultiLineString());
        } else if (g && (wkbFlatten(g->getGeometryType()) == wkbLineString || g->IsEmpty())) {
            result = std::make_unique<OGRMultiLineString>();
            if (!g->IsEmpty()) result->addGeometryDirectly(g.release());
        }
    }
    for (GEOSGeometry* g : {all, merged})
        if (g) GEOSGeom_destroy_r(ctx, g);
    return result;
}

}  // namespace

Edge Edge::between(double x0, double y0, double x1, double y1) {
    if (std::make_pair(x1, y1) < std::make_pair(x0, y0)) std::swap(x0, x1), std::swap(y0, y1);
    return Edge{{x0, y0, x1, y1}};
}

size_t EdgeHash::operator()(const Edge& e) const {
    size_t h = 0;
    for (double d : e.v) h = h * 1000003u ^ std::hash<double>()(d);
    return h;
}

void EdgeSet::add(const OGRGeometry& polygons) {
    for_each_ring_edge(polygons, [this](const Edge& e) { edges_.insert(e); });
}

std::vector<std::unique_ptr<OGRMultiLineString>> boundary_network_parts(
    const std::vector<const OGRGeometry*>& polygons, int group_count, const std::function<int(const Edge&)>& group_of) {
    // Unique edges, in the order met, so the lines come out the same from run to run.
    std::unordered_set<Edge, EdgeHash> seen;
    std::vector<WalkedEdge> kept;
    for (const OGRGeometry* g : polygons) {
        if (!g) continue;
        for_each_ring(*g, [&](const OGRLinearRing& ring) {
            int last_part = -1;  // of the ring's previous edge, -1 when it was not kept
            for_each_edge_of(ring, [&](double x0, double y0, double x1, double y1) {
                const Edge e = Edge::between(x0, y0, x1, y1);
                const int part = seen.insert(e).second ? (group_of ? group_of(e) : 0) : -1;
                const bool keep = part >= 0 && part < group_count;
                if (keep) kept.push_back({x0, y0, x1, y1, part, last_part == part});
                last_part = keep ? part : -1;
            });
        });
    }
    seen = {};
    const auto runs = runs_by_part(kept, std::max(group_count, 0));
    kept = {};
    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSContext_setNoticeMessageHandler_r(ctx, ignore_geos_message, nullptr);
    GEOSContext_setErrorMessageHandler_r(ctx, ignore_geos_message, nullptr);
    std::vector<std::unique_ptr<OGRMultiLineString>> networks;
    for (const auto& part_runs : runs) networks.push_back(merge(ctx, part_runs));
    GEOS_finish_r(ctx);
    return networks;
}

std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons) {
    return std::move(boundary_network_parts(polygons, 1, {}).front());
}

}  // namespace corridor
