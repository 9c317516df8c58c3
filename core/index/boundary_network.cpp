#include "core/index/boundary_network.h"

#include "core/base/geometry_walk.h"

#include <geos_c.h>

namespace corridor {
namespace {

void ignore_geos_message(const char*, void*) {}

template <class Visit>
void for_each_ring_edge(const OGRGeometry& g, const Visit& visit) {
    for_each_ring(g, [&](const OGRLinearRing& ring) {
        for (int i = 0; i + 1 < ring.getNumPoints(); ++i) {
            const double x0 = ring.getX(i), y0 = ring.getY(i), x1 = ring.getX(i + 1), y1 = ring.getY(i + 1);
            if (x0 != x1 || y0 != y1) visit(Edge::between(x0, y0, x1, y1));
        }
    });
}

// Joins segments into lines running from one junction to the next (GEOS line merge).
std::unique_ptr<OGRMultiLineString> merge(GEOSContextHandle_t ctx, const std::vector<Edge>& edges) {
    if (edges.empty()) return std::make_unique<OGRMultiLineString>();
    std::vector<GEOSGeometry*> lines;
    lines.reserve(edges.size());
    for (const Edge& e : edges) {
        GEOSCoordSequence* seq = GEOSCoordSeq_create_r(ctx, 2, 2);
        GEOSCoordSeq_setXY_r(ctx, seq, 0, e.v[0], e.v[1]);
        GEOSCoordSeq_setXY_r(ctx, seq, 1, e.v[2], e.v[3]);
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
    std::vector<std::vector<Edge>> parts(size_t(std::max(group_count, 0)));
    for (const OGRGeometry* g : polygons) {
        if (!g) continue;
        for_each_ring_edge(*g, [&](const Edge& e) {
            if (!seen.insert(e).second) return;
            const int group = group_of ? group_of(e) : 0;
            if (group >= 0 && group < group_count) parts[size_t(group)].push_back(e);
        });
    }
    GEOSContextHandle_t ctx = GEOS_init_r();
    GEOSContext_setNoticeMessageHandler_r(ctx, ignore_geos_message, nullptr);
    GEOSContext_setErrorMessageHandler_r(ctx, ignore_geos_message, nullptr);
    std::vector<std::unique_ptr<OGRMultiLineString>> networks;
    for (const std::vector<Edge>& edges : parts) networks.push_back(merge(ctx, edges));
    GEOS_finish_r(ctx);
    return networks;
}

std::unique_ptr<OGRMultiLineString> boundary_network(const std::vector<const OGRGeometry*>& polygons) {
    return std::move(boundary_network_parts(polygons, 1, {}).front());
}

}  // namespace corridor
