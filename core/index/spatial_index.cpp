#include "core/index/spatial_index.h"

#include <algorithm>
#include <cstdint>

#include <geos_c.h>

namespace corridor {

// One GEOS context per index: GEOS contexts are not shared between threads, and an index is
// built on the loading thread and then used by the UI thread alone.
struct PolygonIndex::Impl {
    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSSTRtree* tree = nullptr;
    std::vector<GEOSGeometry*> geometries;                  // owned; null for skipped features
    std::vector<const GEOSPreparedGeometry*> prepared;      // owned, same indices
    std::vector<int> hits;  // find()'s candidates, kept so that a query allocates no list

    ~Impl() {
        for (auto* p : prepared)
            if (p) GEOSPreparedGeom_destroy_r(ctx, p);
        for (auto* g : geometries)
            if (g) GEOSGeom_destroy_r(ctx, g);
        if (tree) GEOSSTRtree_destroy_r(ctx, tree);
        GEOS_finish_r(ctx);
    }
};

PolygonIndex::PolygonIndex(const Layer& layer) : impl_(std::make_unique<Impl>()) {
    Impl& d = *impl_;
    d.tree = GEOSSTRtree_create_r(d.ctx, 10);
    d.geometries.resize(layer.features.size(), nullptr);
    d.prepared.resize(layer.features.size(), nullptr);
    for (size_t i = 0; i < layer.features.size(); ++i) {
        const Feature& f = layer.features[i];
        if (!f.mercator) continue;
        GEOSGeometry* g = f.mercator->exportToGEOS(d.ctx);
        if (!g) continue;
        d.geometries[i] = g;
        d.prepared[i] = GEOSPrepare_r(d.ctx, g);
        // GEOS builds a prepared polygon's segment index on its first point query; do it now,
        // on the loading thread, so that no click pays for it (a query in the envelope does).
        if (d.prepared[i] && !f.bounds.empty()) {
            GEOSGeometry* probe = GEOSGeom_createPointFromXY_r(d.ctx, (f.bounds.min_x + f.bounds.max_x) / 2,
                                                               (f.bounds.min_y + f.bounds.max_y) / 2);
            GEOSPreparedIntersects_r(d.ctx, d.prepared[i], probe);
            GEOSGeom_destroy_r(d.ctx, probe);
        }
        // The tree stores the feature index itself as the item pointer.
        GEOSSTRtree_insert_r(d.ctx, d.tree, g, reinterpret_cast<void*>(static_cast<intptr_t>(i)));
    }
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
    // The lowest index that contains the point, the same answer every time: tried in order, the
    // first match ends the search (envelopes of neighbours overlap, so there are often several).
    std::sort(d.hits.begin(), d.hits.end());
    int found = -1;
    for (int i : d.hits) {
        // Intersects, not Contains: a point exactly on a shared boundary still finds a commune.
        if (d.prepared[i] && GEOSPreparedIntersects_r(d.ctx, d.prepared[i], point) == 1) {
            found = i;
            break;
        }
    }
    GEOSGeom_destroy_r(d.ctx, point);
    return found;
}

}  // namespace corridor
