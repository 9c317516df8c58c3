#include "core/index/boundary_network.h"

#include "core/base/geometry_walk.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <limits>

#include <geos_c.h>

namespace corridor {
namespace {

void ignore_geos_message(const char*, void*) {}

// visit(k) for each edge of `ring`, from its point k to point k + 1, in the ring's direction; a
// repeated point makes no edge, and the ring goes on from it.
template <class Visit>
void for_each_edge_of(const OGRLinearRing& ring, const Visit& visit) {
    for (int k = 0; k + 1 < ring.getNumPoints(); ++k)
        if (ring.getX(k) != ring.getX(k + 1) || ring.getY(k) != ring.getY(k + 1)) visit(k);
}

template <class Visit>
void for_each_ring_edge(const OGRGeometry& g, const Visit& visit) {
    for_each_ring(g, [&](const OGRLinearRing& ring) {
        for_each_edge_of(ring, [&](int k) { visit(Edge::between(ring.getX(k), ring.getY(k), ring.getX(k + 1), ring.getY(k + 1))); });
    });
}

// An edge of an input ring, from point k of ring `ring` to point k + 1: 8 bytes that point into
// the caller's geometry, not the edge's 32 bytes of coordinates. On the stress pack's communes
// (2 M vertices) the copies were 24 MB at the map builder's memory peak.
struct RingEdge {
    uint32_t ring, k;
};

// The input's rings, and the edges that point into them.
struct RingEdges {
    std::vector<const OGRLinearRing*> rings;
    std::deque<RingEdge> edges;  // not a vector: one that doubles holds both its buffers while it moves

    std::pair<double, double> point(const RingEdge& e, bool last) const {
        const OGRLinearRing& r = *rings[e.ring];
        const int k = int(e.k) + (last ? 1 : 0);
        return {r.getX(k), r.getY(k)};
    }
    Edge edge(uint32_t i) const {
        const auto [x0, y0] = point(edges[i], false);
        const auto [x1, y1] = point(edges[i], true);
        return Edge::between(x0, y0, x1, y1);
    }
};

// key_of for the set of unique edges: an edge's ends in their fixed order.
struct EdgeAt {
    const RingEdges* all;
    Edge operator()(uint32_t i) const { return all->edge(i); }
};

// A unique edge kept for the network. It is the first time the edge was met, so it runs the way
// that ring walks it.
struct WalkedEdge {
    uint32_t edge;  // in the unique edges
    uint16_t part;
    bool follows;  // the ring's previous edge was kept too, in the same part
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

// Where walked edge `w` begins, or with `last`, where it ends.
std::pair<double, double> end_of(const WalkedEdge& w, const RingEdges& unique, bool last) {
    return unique.point(unique.edges[w.edge], last);
}

// The ends of the walked edges as keys of a set of vertices: end 2k is walked edge k's first,
// 2k + 1 its last. A vertex is held as the first end met there, 4 bytes, not its coordinates
// (on the stress pack's communes, 24 bytes a vertex more at the map builder's memory peak).
struct EndOfWalked {
    const std::deque<WalkedEdge>* walked;
    const RingEdges* unique;
    PartVertex operator()(uint32_t end) const {
        const WalkedEdge& w = (*walked)[end / 2];
        const auto [x, y] = end_of(w, *unique, end % 2 == 1);
        return {x, y, w.part};
    }
};

// Whether each walked edge starts a run: the ring's previous edge was not kept in its part, or
// its first vertex is not where exactly two of the part's edges meet. The vertex set is let go
// before the runs are made.
std::vector<bool> run_starts(const std::deque<WalkedEdge>& walked, const RingEdges& unique) {
    FlatIndexSet seen(EndOfWalked{&walked, &unique}, PartVertexHash{}, walked.size());
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
std::vector<std::vector<std::vector<double>>> runs_by_part(const std::deque<WalkedEdge>& walked, const RingEdges& unique,
                                                           int part_count) {
    const std::vector<bool> starts = run_starts(walked, unique);
    std::vector<std::vector<std::vector<double>>> runs(static_cast<size_t>(part_count));
    std::vector<double>* run = nullptr;
    for (size_t k = 0; k < walked.size(); ++k) {
        const WalkedEdge& w = walked[k];
        if (!run || starts[k]) {
            run = &runs[size_t(w.part)].emplace_back();
            const auto [x, y] = end_of(w, unique, false);
            run->insert(run->end(), {x, y});
        }
        const auto [x, y] = end_of(w, unique, true);
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
    // A part is held in 16 bits; the callers split in a few parts (one for each coarser level).
    group_count = std::clamp(group_count, 0, int(std::numeric_limits<uint16_t>::max()));
    // Unique edges, in the order met, so the lines come out the same from run to run.
    RingEdges unique;
    FlatIndexSet seen(EdgeAt{&unique}, EdgeHash{});
    std::deque<WalkedEdge> kept;
    for (const OGRGeometry* g : polygons) {
        if (!g) continue;
        for_each_ring(*g, [&](const OGRLinearRing& ring) {
            const uint32_t r = uint32_t(unique.rings.size());
            unique.rings.push_back(&ring);
            int last_part = -1;  // of the ring's previous edge, -1 when it was not kept
            for_each_edge_of(ring, [&](int k) {
                unique.edges.push_back({r, uint32_t(k)});
                const uint32_t added = uint32_t(unique.edges.size() - 1);
                int part = -1;
                if (seen.insert(added) == added) part = group_of ? group_of(unique.edge(added)) : 0;
                else unique.edges.pop_back();  // met before
                const bool keep = part >= 0 && part < group_count;
                if (keep) kept.push_back({added, uint16_t(part), last_part == part});
                last_part = keep ? part : -1;
            });
        });
    }
    seen = FlatIndexSet(EdgeAt{&unique}, EdgeHash{});  // its slots are not needed any more
    auto runs = runs_by_part(kept, unique, group_count);
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
