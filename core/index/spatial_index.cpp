#include "core/index/spatial_index.h"

#include <algorithm>
#include <cstdint>

#include <geos_c.h>

#include "core/base/geometry_walk.h"

namespace corridor {

// The envelopes go into a GEOS STRtree; the polygons themselves are tested here, by hand. GEOS's
// prepared geometries need every polygon converted to a GEOS geometry first: on a
// full-resolution boundary set (2 M vertices) that copy and its segment index held 134 MB and
// took a fifth of a second to build, for a test that only needs the edges near the point's
// latitude. Here each feature's edges are sorted into horizontal bands, so a query reads one
// band: a few edges. The edges point into the features' own rings, which the index does not
// copy (a copy was 32 MB of a 2 M-vertex set's first-start peak): the layer's features must
// stay where they are, unchanged, while the index is used (as Layer promises, see feature.h).
struct PolygonIndex::Impl {
    // One feature: its envelope, its rings and its bands (band_height 0: a single band).
    struct Shape {
        Box bounds;
        uint32_t first_ring = 0, end_ring = 0;
        uint32_t first_band = 0, band_count = 0;
        double band_height = 0;
    };
    // An edge, as the number of its first point among every ring's points: from that point to
    // the next (the ring's first, after its last). 4 bytes, not a ring and a point number: the
    // bands hold each edge once or more, 2.7 M of them on the stress pack (half of 21 MB).
    using Edge = uint32_t;

    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSSTRtree* tree = nullptr;
    std::vector<GEOSGeometry*> envelopes;  // owned, one per indexed feature, what the tree holds
    std::vector<Shape> shapes;             // by feature index; band_count 0: nothing to find
    std::vector<const OGRLinearRing*> rings;  // every ring with an area, in the features' geometry
    std::vector<uint32_t> ring_points;        // ring r's points are numbered ring_points[r] ..
    std::vector<uint32_t> band_offsets;    // band b's edges: band_edges[band_offsets[b] .. [b + 1])
    std::vector<Edge> band_edges;
    std::vector<int> hits;  // find()'s candidates, kept so that a query allocates no list
    uint32_t points = 0;    // numbered so far, over every ring

    ~Impl() {
        if (tree) GEOSSTRtree_destroy_r(ctx, tree);
        for (GEOSGeometry* g : envelopes) GEOSGeom_destroy_r(ctx, g);
        GEOS_finish_r(ctx);
    }

    static size_t band_of(const Shape& s, double y) {
        if (s.band_height <= 0) return 0;
        return std::min(size_t(std::max(0.0, (y - s.bounds.min_y) / s.band_height)), size_t(s.band_count) - 1);
    }

    // Edge e's ends; e is one of shape s's (most have one ring, few more than a handful).
    std::pair<MapPoint, MapPoint> ends(const Shape& s, Edge e) const {
        const auto first = ring_points.begin();
        const size_t ring = size_t(std::upper_bound(first + s.first_ring, first + s.end_ring, e) - first) - 1;
        const OGRLinearRing& r = *rings[ring];
        const int k = int(e - ring_points[ring]);
        const int next = k + 1 < r.getNumPoints() ? k + 1 : 0;
        return {MapPoint{r.getX(k), r.getY(k)}, MapPoint{r.getX(next), r.getY(next)}};
    }

    // Adds the polygon rings of `g` as feature `i`'s shape. False when it has no ring to test.
    bool add_shape(size_t i, const OGRGeometry& g) {
        std::vector<Edge> edges;
        Box bounds;
        Shape s;
        s.first_ring = uint32_t(rings.size());
        for_each_ring(g, [&](const OGRLinearRing& ring) {
            const int n = ring.getNumPoints();
            if (n < 4) return;  // no area
            const uint32_t first_point = points;
            rings.push_back(&ring);
            ring_points.push_back(first_point);
            points += uint32_t(n);
            for (int k = 0; k < n; ++k) bounds.expand(ring.getX(k), ring.getY(k));
            // OGR rings are closed: the last point repeats the first. One that is not closes
            // with an edge from its last point back to its first.
            const bool closed = ring.getX(n - 1) == ring.getX(0) && ring.getY(n - 1) == ring.getY(0);
            for (int k = 0; k + (closed ? 1 : 0) < n; ++k) edges.push_back(first_point + uint32_t(k));
        });
        s.end_ring = uint32_t(rings.size());
        if (edges.empty()) return false;
        // About eight edges to a band: a query reads one band.
        s.bounds = bounds;
        s.band_count = uint32_t(std::clamp<size_t>(edges.size() / 8, 1, 1u << 16));
        s.band_height = bounds.height() > 0 ? bounds.height() / s.band_count : 0;
        if (s.band_height == 0) s.band_count = 1;
        s.first_band = uint32_t(band_offsets.size() - 1);
        // Each edge goes into every band its latitudes span, counted first, then placed.
        std::vector<uint32_t> count(s.band_count + 1, 0);
        auto span = [&](Edge e) {
            const auto [a, b] = ends(s, e);
            return std::pair(band_of(s, std::min(a.y, b.y)), band_of(s, std::max(a.y, b.y)));
        };
        for (Edge e : edges) {
            const auto [low, high] = span(e);
            for (size_t b = low; b <= high; ++b) ++count[b + 1];
        }
        const uint32_t base = band_offsets.back();
        for (size_t b = 0; b < s.band_count; ++b) {
            count[b + 1] += count[b];
            band_offsets.push_back(base + count[b + 1]);
        }
        band_edges.resize(base + count[s.band_count]);
        for (Edge e : edges) {
            const auto [low, high] = span(e);
            for (size_t b = low; b <= high; ++b) band_edges[base + count[b]++] = e;
        }
        shapes[i] = s;
        return true;
    }

    // Even-odd crossings of a ray from `p` towards +x, over the edges of p's band; a point on
    // an edge is inside (as GEOS's Intersects has it: a point on a shared border finds both).
    bool contains(const Shape& s, MapPoint p) const {
        if (s.band_count == 0 || !s.bounds.contains(p.x, p.y)) return false;
        const size_t band = s.first_band + band_of(s, p.y);
        bool inside = false;
        for (uint32_t k = band_offsets[band]; k < band_offsets[band + 1]; ++k) {
            const auto [a, b] = ends(s, band_edges[k]);
            if ((a.y > p.y) != (b.y > p.y)) {
                const double x = a.x + (p.y - a.y) * (b.x - a.x) / (b.y - a.y);
                if (p.x == x) return true;
                if (p.x < x) inside = !inside;
            } else if (a.y == p.y && b.y == p.y && p.x >= std::min(a.x, b.x) && p.x <= std::max(a.x, b.x)) {
                return true;  // on a horizontal edge
            } else if ((a.y == p.y && a.x == p.x) || (b.y == p.y && b.x == p.x)) {
                return true;  // on a vertex
            }
        }
        return inside;
    }
};

PolygonIndex::PolygonIndex(const Layer& layer) : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.tree = GEOSSTRtree_create_r(d.ctx, 10);
    d.shapes.resize(layer.features.size());
    d.band_offsets.push_back(0);
    for (size_t i = 0; i < layer.features.size(); ++i) {
        const Feature& f = layer.features[i];
        if (!f.mercator || !d.add_shape(i, *f.mercator)) continue;
        const Box& b = d.shapes[i].bounds;
        GEOSGeometry* envelope = GEOSGeom_createRectangle_r(d.ctx, b.min_x, b.min_y, b.max_x, b.max_y);
        if (!envelope) continue;
        d.envelopes.push_back(envelope);
        // The tree stores the feature index itself as the item pointer.
        GEOSSTRtree_insert_r(d.ctx, d.tree, envelope, reinterpret_cast<void*>(static_cast<intptr_t>(i)));
    }
    d.band_edges.shrink_to_fit();  // its size is known only now
    d.rings.shrink_to_fit();
    d.ring_points.shrink_to_fit();
    d.band_offsets.shrink_to_fit();
    // GEOS 3.11 builds the tree on its first query; do it now, on the loading thread.
    candidates(Box{0, 0, 0, 0});
}

PolygonIndex::~PolygonIndex() = default;

namespace {
void collect(void* item, void* out) {
    static_cast<std::vector<int>*>(out)->push_back(static_cast<int>(reinterpret_cast<intptr_t>(item)));
}
}  // namespace

std::vector<int> PolygonIndex::candidates(const Box& box) const {
    std::vector<int> out;
    if (box.empty()) return out;
    Impl& d = *impl_;
    GEOSGeometry* query = GEOSGeom_createRectangle_r(d.ctx, box.min_x, box.min_y, box.max_x, box.max_y);
    if (box.width() == 0 && box.height() == 0) {
        GEOSGeom_destroy_r(d.ctx, query);
        query = GEOSGeom_createPointFromXY_r(d.ctx, box.min_x, box.min_y);
    }
    GEOSSTRtree_query_r(d.ctx, d.tree, query, collect, &out);
    GEOSGeom_destroy_r(d.ctx, query);
    return out;
}

int PolygonIndex::find(MapPoint p) const {
    Impl& d = *impl_;
    GEOSGeometry* point = GEOSGeom_createPointFromXY_r(d.ctx, p.x, p.y);
    d.hits.clear();
    GEOSSTRtree_query_r(d.ctx, d.tree, point, collect, &d.hits);
    GEOSGeom_destroy_r(d.ctx, point);
    // The lowest index that contains the point, the same answer every time: tried in order, the
    // first match ends the search (envelopes of neighbours overlap, so there are often several).
    std::sort(d.hits.begin(), d.hits.end());
    for (int i : d.hits)
        if (d.contains(d.shapes[size_t(i)], p)) return i;
    return -1;
}

}  // namespace corridor
