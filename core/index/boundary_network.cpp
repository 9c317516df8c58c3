#include "core/index/boundary_network.h"

#include "core/base/geometry_walk.h"


#include <deque>

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

// A ring edge kept for the network, in the direction its ring walks it.
struct WalkedEdge {
    uint32_t edge;      // in the unique edges
    int part;
    bool reversed;      // walked from the edge's second end to its first
    bool follows;       // the ring's previous edge was kept too, in the same part
};

// A vertex of one part's network, to count how many of the part's edges meet there.
struct PartVertex {
    double x, y;
    int part;
    bool operator==(const PartVertex&) const = default;
};
struct PartVertexHash {
    size_t operator()(const PartVertex& v) const { return hash_doubles({v.x, v.y, double(v.part)}); }
};
// Edges are kept in deques: grown by doubling, a vector of 2 M edges would hold its old and new
// buffers at once (up to 190 MB) while it moved them.
template <class T>
using ElementOf = ElementAt<std::deque<T>>;

// Where walked edge `w` begins, or with `last`, where it ends.
std::pair<double, double> end_of(const WalkedEdge& w, const std::deque<Edge>& edges, bool last) {
    const Edge& e = edges[w.edge];
    return (last != w.reversed) ? std::pair{e.v[2], e.v[3]} : std::pair{e.v[0], e.v[1]};
}

// The ends of the walked edges as keys of a set of vertices: end 2k is walked edge k's first,
// 2k + 1 its last. A vertex is held as the first end met there, 4 bytes, not its coordinates
// (on the stress pack's communes, 24 bytes a vertex more at the map builder's memory peak).
struct EndOfWalked {
    const std::deque<WalkedEdge>* walked;
    const std::deque<Edge>* edges;
    PartVertex operator()(uint32_t end) const {
        const WalkedEdge& w = (*walked)[end / 2];
        const auto [x, y] = end_of(w, *edges, end % 2 == 1);
        return {x, y, w.part};
    }
};

// Whether each walked edge starts a run: the ring's previous edge was not kept in its part, or
// its first vertex is not where exactly two of the part's edges meet. The vertex set is let go
// before the runs are made.
std::vector<bool> run_starts(const std::deque<WalkedEdge>& walked, const std::deque<Edge>& edges) {
    FlatIndexSet seen(EndOfWalked{&walked, &edges}, PartVertexHash{}, walked.size());
    std::vector<uint8_t> degree(2 * walked.size(), 0);  // by the end that holds the vertex; 3: three or more
    std::vector<uint32_t> first_vertex(walked.size());
    auto count = [&](uint32_t end) {
        const uint32_t held = seen.insert(end);
        if (degree[held] < 3) ++degree[held];
        return held;
    };
    for (uint32_t k = 0; k < uint32_t(walked.size()); ++k) {
        first_vertex[k] = count(2 * k);
        count(2 * k + 1);
    }
    std::vector<bool> starts(walked.size());
    for (size_t k = 0; k < walked.size(); ++k) starts[k] = !walked[k].follows || degree[first_vertex[k]] != 2;
    return starts;
}

// Consecutive ring edges of one part joined into runs wherever exactly two of the part's edges
// meet: where GEOS's line merge would join them too, so its result is the same, but it gets a
// few thousand lines instead of a million two-point segments (its graph took ~400 bytes an edge,
// 440 MB on the 2 M-vertex stress pack). Runs still meet at ring starts; GEOS joins those.
std::vector<std::vector<std::vector<double>>> runs_by_part(const std::deque<WalkedEdge>& walked, const std::deque<Edge>& edges,
                                                           int part_count) {
    const std::vector<bool> starts = run_starts(walked, edges);
    std::vector<std::vector<std::vector<double>>> runs(static_cast<size_t>(part_count));
    std::vector<double>* run = nullptr;
    for (size_t k = 0; k < walked.size(); ++k) {
        const WalkedEdge& w = walked[k];
        if (!run || starts[k]) {
            run = &runs[size_t(w.part)].emplace_back();
            const auto [x, y] = end_of(w, edges, false);
            run->insert(run->end(), {x, y});
        }
        const auto [x, y] = end_of(w, edges, true);
        run->insert(run->end(), {x, y});
    }
    return runs;
}

// GEOS's merged lines copied straight into OGR. Written by hand because
// OGRGeometryFactory::createFromGEOS goes through WKB, which held two more copies of the network
// (a growing string buffer, then the string) at the map builder's memory peak: 28 MB of the
// stress pack's communes. Null when a part is not a line.
std::unique_ptr<OGRMultiLineString> to_ogr_lines(GEOSContextHandle_t ctx, const GEOSGeometry* merged) {
    auto out = std::make_unique<OGRMultiLineString>();
    const int count = GEOSGetNumGeometries_r(ctx, merged);
    if (count < 0) return nullptr;
    std::vector<double> x, y;
    for (int i = 0; i < count; ++i) {
        const GEOSGeometry* line = GEOSGetGeometryN_r(ctx, merged, i);
        if (!line || GEOSGeomTypeId_r(ctx, line) != GEOS_LINESTRING) return nullptr;
        const GEOSCoordSequence* seq = GEOSGeom_getCoordSeq_r(ctx, line);
        unsigned size = 0;
        if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &size)) return nullptr;
        x.resize(size), y.resize(size);
        if (size > 0 && !GEOSCoordSeq_copyToArrays_r(ctx, seq, x.data(), y.data(), nullptr, nullptr)) return nullptr;
        auto ogr_line = std::make_unique<OGRLineString>();
        ogr_line->setPoints(int(size), x.data(), y.data());
        out->addGeometryDirectly(ogr_line.release());
    }
    return out;
}

// Joins runs into lines running from one junction to the next (GEOS line merge). Each copy is
// let go as soon as the next is made (the runs, then GEOS's lines), not all held to the end.
std::unique_ptr<OGRMultiLineString> merge(GEOSContextHandle_t ctx, std::vector<std::vector<double>> runs) {
    if (runs.empty()) return std::make_unique<OGRMultiLineString>();
    std::vector<GEOSGeometry*> lines;
    lines.reserve(runs.size());
    for (const std::vector<double>& xy : runs) {
        const unsigned n = unsigned(xy.size() / 2);
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, n, 2);
        for (unsigned i = 0; i < n; ++i) GEOSCoordSeq_setXY_r(ctx, seq, i, xy[2 * i], xy[2 * i + 1]);
        lines.push_back(GEOSGeom_createLineString_r(ctx, seq));
    }
    runs = {};
    GEOSGeometry* all = GEOSGeom_createCollection_r(ctx, GEOS_MULTILINESTRING, lines.data(), unsigned(lines.size()));
    GEOSGeometry* merged = all ? GEOSLineMerge_r(ctx, all) : nullptr;
    if (all) GEOSGeom_destroy_r(ctx, all);
    std::unique_ptr<OGRMultiLineString> result = merged ? to_ogr_lines(ctx, merged) : nullptr;
    if (merged) GEOSGeom_destroy_r(ctx, merged);
    return result;
}

}  // namespace

Edge Edge::between(double x0, double y0, double x1, double y1) {
    if (std::make_pair(x1, y1) < std::make_pair(x0, y0)) std::swap(x0, x1), std::swap(y0, y1);
    return Edge{{x0, y0, x1, y1}};
}

size_t EdgeHash::operator()(const Edge& e) const { return hash_doubles({e.v[0], e.v[1], e.v[2], e.v[3]}); }

void EdgeSet::add(const OGRGeometry& polygons) {
    for_each_ring_edge(polygons, [this](const Edge& e) {
        edges_.push_back(e);
        const uint32_t added = uint32_t(edges_.size() - 1);
        if (index_.insert(added) != added) edges_.pop_back();  // there already
    });
}

std::vector<std::unique_ptr<OGRMultiLineString>> boundary_network_parts(
    const std::vector<const OGRGeometry*>& polygons, int group_count, const std::function<int(const Edge&)>& group_of) {
    // Unique edges, in the order met, so the lines come out the same from run to run.
    std::deque<Edge> unique;
    FlatIndexSet seen(ElementOf<Edge>{&unique}, EdgeHash{});
    std::deque<WalkedEdge> kept;
    for (const OGRGeometry* g : polygons) {
        if (!g) continue;
        for_each_ring(*g, [&](const OGRLinearRing& ring) {
            int last_part = -1;  // of the ring's previous edge, -1 when it was not kept
            for_each_edge_of(ring, [&](double x0, double y0, double x1, double y1) {
                unique.push_back(Edge::between(x0, y0, x1, y1));
                const uint32_t added = uint32_t(unique.size() - 1);
                int part = -1;
                if (seen.insert(added) == added) part = group_of ? group_of(unique.back()) : 0;
                else unique.pop_back();  // met before
                const bool keep = part >= 0 && part < group_count;
                if (keep) kept.push_back({added, part, unique[added].v[0] != x0 || unique[added].v[1] != y0, last_part == part});
                last_part = keep ? part : -1;
            });
        });
    }
    seen = FlatIndexSet(ElementOf<Edge>{&unique}, EdgeHash{});  // its slots are not needed any more
    auto runs = runs_by_part(kept, unique, std::max(group_count, 0));
    kept = {};
    unique = {};
    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSContext_setNoticeMessageHandler_r(ctx, ignore_geos_message, nullptr);
    GEOSContext_setErrorMessageHandler_r(ctx, ignore_geos_message, nullptr);
    std::vector<std::unique_ptr<OGRMultiLineString>> networks;
    for (auto& part_runs : runs) networks.push_back(merge(ctx, std::move(part_runs)));
    GEOS_finish_r(ctx);
    return networks;
}

std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons) {
    return std::move(boundary_network_parts(polygons, 1, {}).front());
}

}  // namespace corridor
