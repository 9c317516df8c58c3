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
// latitude. Here each feature keeps its ring points once (16 bytes a vertex) and its edges
// sorted into horizontal bands, so a query reads one band: a few edges, a few cache lines.
struct PolygonIndex::Impl {
    // One feature: its envelope and its bands (band_height 0: a single band).
    struct Shape {
        Box bounds;
        uint32_t first_band = 0, band_count = 0;
        double band_height = 0;
    };

    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSSTRtree* tree = nullptr;
    std::vector<GEOSGeometry*> envelopes;  // owned, one per indexed feature, what the tree holds
    std::vector<Shape> shapes;             // by feature index; band_count 0: nothing to find
    std::vector<MapPoint> points;          // every ring, closed, one after the other
    std::vector<uint32_t> band_offsets;    // band b's edges: band_edges[band_offsets[b] .. [b + 1])
    std::vector<uint32_t> band_edges;      // an edge as the index of its first point (the next is its end)
    std::vector<int> hits;  // find()'s candidates, kept so that a query allocates no list

    ~Impl() {
        if (tree) GEOSSTRtree_destroy_r(ctx, tree);
        for (GEOSGeometry* g : envelopes) GEOSGeom_destroy_r(ctx, g);
        GEOS_finish_r(ctx);
    }

    static size_t band_of(const Shape& s, double y) {
        if (s.band_height <= 0) return 0;
        return std::min(size_t(std::max(0.0, (y - s.bounds.min_y) / s.band_height)), size_t(s.band_count) - 1);
    }

    // Adds the polygon rings of `g` as feature `i`'s shape. False when it has no ring to test.
    bool add_shape(size_t i, const OGRGeometry& g) {
        const size_t first_point = points.size();
        std::vector<uint32_t> edges;  // the first point of each edge
        Box bounds;
        for_each_ring(g, [&](const OGRLinearRing& ring) {
            const int n = ring.getNumPoints();
            if (n < 4) return;  // no area
            const size_t start = points.size();
            for (int k = 0; k < n; ++k) {
                points.push_back({ring.getX(k), ring.getY(k)});
                bounds.expand(ring.getX(k), ring.getY(k));
            }
            // OGR rings are closed; close one that is not, so that every edge is point k to k + 1.
            if (points.back().x != points[start].x || points.back().y != points[start].y) points.push_back(points[start]);
            for (size_t k = start; k + 1 < points.size(); ++k) edges.push_back(uint32_t(k));
        });
        if (edges.empty()) {
            points.resize(first_point);
            return false;
        }
        // About eight edges to a band: a query reads one band.
        Shape s;
        s.bounds = bounds;
        s.band_count = uint32_t(std::clamp<size_t>(edges.size() / 8, 1, 1u << 16));
        s.band_height = bounds.height() > 0 ? bounds.height() / s.band_count : 0;
        if (s.band_height == 0) s.band_count = 1;
        s.first_band = uint32_t(band_offsets.size() - 1);
        // Each edge goes into every band its latitudes span, counted first, then placed.
        std::vector<uint32_t> count(s.band_count + 1, 0);
        auto span = [&](uint32_t e) {
            const MapPoint a = points[e], b = points[e + 1];
            return std::pair(band_of(s, std::min(a.y, b.y)), band_of(s, std::max(a.y, b.y)));
        };
        for (uint32_t e : edges) {
            const auto [low, high] = span(e);
            for (size_t b = low; b <= high; ++b) ++count[b + 1];
        }
        const uint32_t base = band_offsets.back();
        for (size_t b = 0; b < s.band_count; ++b) {
            count[b + 1] += count[b];
            band_offsets.push_back(base + count[b + 1]);
        }
        band_edges.resize(base + count[s.band_count]);
        for (uint32_t e : edges) {
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
            const MapPoint a = points[band_edges[k]], b = points[band_edges[k] + 1];
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
    // Sized once: grown by doubling, the points of a 2 M-vertex layer held up to twice their 32 MB.
    size_t corners = 0;
    for (const Feature& f : layer.features)
        if (f.mercator) for_each_ring(*f.mercator, [&](const OGRLinearRing& ring) { corners += size_t(ring.getNumPoints()) + 1; });
    d.points.reserve(corners);
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
