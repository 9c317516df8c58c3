#include "core/index/boundary_network.h"

#include "core/base/geometry_walk.h"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <optional>
#include <unordered_map>

namespace corridor {
namespace {

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

// What the network does with each unique edge, one byte an edge: the part it is drawn in, and
// whether it follows the ring's previous edge in that part; kNotDrawn for an edge of no part.
// Unique edges are numbered as they are met, so an edge that follows is the one numbered just
// before. (A list of the drawn edges, 8 bytes each, was 9 MB of the stress pack's first-start
// memory peak.) It is the first time the edge was met, so it runs the way that ring walks it.
using EdgeTag = uint8_t;
constexpr EdgeTag kNotDrawn = 0xFF, kFollows = 0x80, kPartBits = 0x7F;
static_assert(kMaxNetworkParts <= 127);  // parts 0..126: part 127 with kFollows would read as kNotDrawn

bool drawn(EdgeTag t) { return t != kNotDrawn; }
bool follows(EdgeTag t) { return drawn(t) && (t & kFollows); }
int part_of(EdgeTag t) { return t & kPartBits; }

// A vertex of one part's network, to count how many of the part's edges meet there.
struct PartVertex {
    double x, y;
    int part;
    bool operator==(const PartVertex&) const = default;
};
struct PartVertexHash {
    size_t operator()(const PartVertex& v) const { return hash_doubles({v.x, v.y, double(v.part)}); }
};

// Where unique edge `i` begins, or with `last`, where it ends.
std::pair<double, double> end_of(uint32_t i, const RingEdges& unique, bool last) {
    return unique.point(unique.edges[i], last);
}

// The ends of the drawn edges as keys of a set of vertices: end 2i is unique edge i's first,
// 2i + 1 its last. A vertex is held as the first end met there, 4 bytes, not its coordinates
// (on the stress pack's communes, 24 bytes a vertex more at the map builder's memory peak).
struct EndOfEdge {
    const std::vector<EdgeTag>* tags;
    const RingEdges* unique;
    PartVertex operator()(uint32_t end) const {
        const auto [x, y] = end_of(end / 2, *unique, end % 2 == 1);
        return {x, y, part_of((*tags)[end / 2])};
    }
};

// A run: consecutive ring edges of one part (unique edges first..last, all drawn), joined
// wherever exactly two of the part's edges meet and the ring goes on; and the vertices it begins
// and ends at, as the set of vertices holds them. Most runs go from one junction to the next;
// runs also meet where a ring starts, or where it comes back to the part after edges it did not
// keep.
struct Run {
    uint32_t first, last;
    uint32_t begin, end;
    bool begin_passes, end_passes;  // exactly two of the part's edges meet there: a line goes on
};

// The runs, in the order met. The vertex set is let go before the lines are made.
std::vector<Run> make_runs(const std::vector<EdgeTag>& tags, const RingEdges& unique) {
    const EndOfEdge end_of_edge{&tags, &unique};
    const uint32_t count_of_edges = uint32_t(tags.size());
    FlatIndexSet seen(end_of_edge, PartVertexHash{}, count_of_edges);
    std::vector<uint8_t> degree(2 * size_t(count_of_edges), 0);  // by the end that holds the vertex; 3: three or more
    std::vector<uint32_t> first_vertex(count_of_edges);
    auto count = [&](uint32_t end) {
        const uint32_t held = seen.insert(end);
        if (degree[held] < 3) ++degree[held];
        return held;
    };
    uint32_t last_vertex = 0;  // of the edge before
    for (uint32_t i = 0; i < count_of_edges; ++i) {
        if (!drawn(tags[i])) continue;
        // An edge that follows the one before on its ring begins where that one ends: no lookup.
        if (follows(tags[i])) {
            first_vertex[i] = last_vertex;
            if (degree[last_vertex] < 3) ++degree[last_vertex];
        } else {
            first_vertex[i] = count(2 * i);
        }
        last_vertex = count(2 * i + 1);
    }
    std::vector<Run> runs;
    auto close_last_run = [&](uint32_t last) {
        Run& run = runs.back();
        run.last = last;
        run.end = *seen.find(end_of_edge(2 * last + 1));
        run.end_passes = degree[run.end] == 2;
    };
    uint32_t previous = 0;  // the drawn edge before
    for (uint32_t i = 0; i < count_of_edges; ++i) {
        if (!drawn(tags[i])) continue;
        const bool passes = degree[first_vertex[i]] == 2;
        if (!(follows(tags[i]) && passes)) {
            if (!runs.empty()) close_last_run(previous);
            runs.push_back({i, i, first_vertex[i], 0, passes, false});
        }
        previous = i;
    }
    if (!runs.empty()) close_last_run(previous);
    return runs;
}

// The runs joined end to end into lines where a line goes on, so that each line runs from a
// junction or dead end to the next, or round a closed ring. Hand-written: GEOS's line merge did
// this on copies of every coordinate, its input and its output (24 bytes a vertex each), and
// those were the stress pack's first-start memory peak (42 MB); the runs already know where they
// meet. Run ends are numbered 2r (run r's beginning) and 2r + 1 (its end).
std::vector<std::unique_ptr<OGRMultiLineString>> join_runs(const std::vector<Run>& runs, const std::vector<EdgeTag>& tags,
                                                           const RingEdges& unique, int part_count) {
    std::unordered_map<uint32_t, uint32_t> first_end_at;  // a vertex where a line goes on -> a run end there
    std::unordered_map<uint32_t, uint32_t> other_end;     // a run end -> the other run end at its vertex
    for (uint32_t r = 0; r < uint32_t(runs.size()); ++r)
        for (uint32_t side : {0u, 1u}) {
            if (!(side ? runs[r].end_passes : runs[r].begin_passes)) continue;
            const auto [at, fresh] = first_end_at.try_emplace(side ? runs[r].end : runs[r].begin, 2 * r + side);
            if (!fresh) other_end[2 * r + side] = at->second, other_end[at->second] = 2 * r + side;
        }
    first_end_at = {};

    std::vector<std::unique_ptr<OGRMultiLineString>> networks;
    for (int p = 0; p < part_count; ++p) networks.push_back(std::make_unique<OGRMultiLineString>());
    std::vector<bool> used(runs.size(), false);
    std::vector<double> xs, ys;
    auto add_point = [&](std::pair<double, double> p) { xs.push_back(p.first), ys.push_back(p.second); };
    // The line that enters run end `entry`'s run there, and goes on through the runs it meets.
    auto line_from = [&](uint32_t entry) {
        xs.clear(), ys.clear();
        for (;;) {
            const Run& run = runs[entry / 2];
            used[entry / 2] = true;
            const bool forward = entry % 2 == 0;
            if (xs.empty()) add_point(end_of(forward ? run.first : run.last, unique, !forward));
            if (forward)
                for (uint32_t k = run.first; k <= run.last; ++k) add_point(end_of(k, unique, true));
            else
                for (uint32_t k = run.last + 1; k-- > run.first;) add_point(end_of(k, unique, false));
            const auto next = other_end.find(forward ? entry + 1 : entry - 1);
            if (next == other_end.end() || used[next->second / 2]) break;  // a junction, or round to the start
            entry = next->second;
        }
        auto line = std::make_unique<OGRLineString>();
        line->setPoints(int(xs.size()), xs.data(), ys.data());
        networks[size_t(part_of(tags[runs[entry / 2].first]))]->addGeometryDirectly(line.release());
    };
    // Lines that begin at a junction or a dead end, then the closed ones.
    for (uint32_t r = 0; r < uint32_t(runs.size()); ++r) {
        if (used[r]) continue;
        if (!other_end.count(2 * r)) line_from(2 * r);
        else if (!other_end.count(2 * r + 1)) line_from(2 * r + 1);
    }
    for (uint32_t r = 0; r < uint32_t(runs.size()); ++r)
        if (!used[r]) line_from(2 * r);
    return networks;
}

// Whether `here` is the edge beside `met` (an edge met before) on met's ring, one point either
// way, and that edge was walked before `now`: then `here` was met before too. Returns it, or
// nothing.
std::optional<RingEdge> neighbour_walking(const RingEdges& all, RingEdge met, const Edge& here, RingEdge now) {
    const OGRLinearRing& ring = *all.rings[met.ring];
    const uint32_t last_edge = uint32_t(ring.getNumPoints() - 2);
    for (const uint32_t k : {met.k - 1, met.k + 1}) {  // met.k - 1 wraps past 0 to a value the test below refuses
        if (k > last_edge) continue;
        const bool walked_before = met.ring < now.ring || (met.ring == now.ring && k < now.k);
        if (walked_before && Edge::between(ring.getX(int(k)), ring.getY(int(k)), ring.getX(int(k) + 1), ring.getY(int(k) + 1)) == here)
            return RingEdge{met.ring, k};
    }
    return std::nullopt;
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
    // A part is held in 7 bits; the callers split in a few parts (one for each coarser level).
    group_count = std::clamp(group_count, 0, kMaxNetworkParts);
    // Unique edges, in the order met, so the lines come out the same from run to run.
    RingEdges unique;
    FlatIndexSet seen(EdgeAt{&unique}, EdgeHash{});
    std::vector<EdgeTag> tags;  // one for each unique edge
    for (const OGRGeometry* g : polygons) {
        if (!g) continue;
        for_each_ring(*g, [&](const OGRLinearRing& ring) {
            const uint32_t r = uint32_t(unique.rings.size());
            unique.rings.push_back(&ring);
            int last_part = -1;  // of the ring's previous edge, -1 when it was not kept
            // Where the ring's previous edge was met before: a neighbour's ring walks the border
            // they share too, one edge along, so the next edge is most likely there, and a look at
            // the points beside it saves a lookup in the set (half the edges are met twice).
            std::optional<RingEdge> met;
            for_each_edge_of(ring, [&](int k) {
                const Edge here = Edge::between(ring.getX(k), ring.getY(k), ring.getX(k + 1), ring.getY(k + 1));
                if (met && (met = neighbour_walking(unique, *met, here, {r, uint32_t(k)}))) {
                    last_part = -1;
                    return;
                }
                unique.edges.push_back({r, uint32_t(k)});
                const uint32_t added = uint32_t(unique.edges.size() - 1);
                const uint32_t held = seen.insert(added);
                if (held != added) {  // met before
                    met = unique.edges[held];
                    unique.edges.pop_back();
                    last_part = -1;
                    return;
                }
                const int part = group_of ? group_of(here) : 0;
                const bool keep = part >= 0 && part < group_count;
                tags.push_back(keep ? EdgeTag(part | (last_part == part ? kFollows : 0)) : kNotDrawn);
                last_part = keep ? part : -1;
            });
        });
    }
    seen = FlatIndexSet(EdgeAt{&unique}, EdgeHash{});  // its slots are not needed any more
    const std::vector<Run> runs = make_runs(tags, unique);
    return join_runs(runs, tags, unique, group_count);
}

std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons) {
    return std::move(boundary_network_parts(polygons, 1, {}).front());
}

}  // namespace corridor
