#include "core/index/triangulate.h"

#include "core/base/geometry_walk.h"

#include <cstdarg>
#include <cstdio>

#include <geos_c.h>

namespace corridor {
namespace {

void ignore_geos_message(const char*, void*) {}  // the caller reports failure by its result

struct GeosContext {
    GEOSContextHandle_t handle = GEOS_init_r();
    GeosContext() {
        GEOSContext_setNoticeMessageHandler_r(handle, ignore_geos_message, nullptr);
        GEOSContext_setErrorMessageHandler_r(handle, ignore_geos_message, nullptr);
    }
    ~GeosContext() { GEOS_finish_r(handle); }
};

struct GeosGeom {
    GEOSContextHandle_t ctx;
    GEOSGeometry* g;
    ~GeosGeom() { if (g) GEOSGeom_destroy_r(ctx, g); }
};

// Appends one triangle (a GEOS Polygon with a 4-point closed shell) in counter-clockwise order.
bool append_triangle(GEOSContextHandle_t ctx, const GEOSGeometry* tri, std::vector<MapPoint>& out) {
    const GEOSGeometry* shell = GEOSGetExteriorRing_r(ctx, tri);
    const GEOSCoordSequence* seq = shell ? GEOSGeom_getCoordSeq_r(ctx, shell) : nullptr;
    unsigned int n = 0;
    if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n < 4) return false;
    MapPoint p[3];
    for (unsigned int i = 0; i < 3; ++i)
        if (!GEOSCoordSeq_getXY_r(ctx, seq, i, &p[i].x, &p[i].y)) return false;
    double cross = (p[1].x - p[0].x) * (p[2].y - p[0].y) - (p[1].y - p[0].y) * (p[2].x - p[0].x);
    if (cross < 0) std::swap(p[1], p[2]);
    out.insert(out.end(), p, p + 3);
    return true;
}

// One polygon: GEOS's constrained Delaunay triangulation, appended to `out`.
bool triangulate_polygon(const OGRPolygon& polygon, std::vector<MapPoint>& out) {
    if (polygon.IsEmpty()) return true;
    static thread_local GeosContext context;
    GEOSContextHandle_t ctx = context.handle;
    GeosGeom input{ctx, polygon.exportToGEOS(ctx)};
    if (!input.g) return false;
    GeosGeom triangles{ctx, GEOSConstrainedDelaunayTriangulation_r(ctx, input.g)};
    if (!triangles.g) return false;

    const size_t start = out.size();
    const int count = GEOSGetNumGeometries_r(ctx, triangles.g);
    for (int i = 0; i < count; ++i)
        if (!append_triangle(ctx, GEOSGetGeometryN_r(ctx, triangles.g, i), out))
            return out.resize(start), false;
    return true;
}

}  // namespace

bool triangulate_polygons(const OGRGeometry& geometry, std::vector<MapPoint>& out) {
    // Each polygon on its own: GEOS triangulates a MultiPolygon only if its parts are valid
    // together, and a collection may mix in lines or points (nothing to fill).
    const size_t start = out.size();
    bool ok = true;
    for_each_polygon(geometry, [&](const OGRPolygon& polygon) { ok = ok && triangulate_polygon(polygon, out); });
    if (!ok) out.resize(start);
    return ok;
}

}  // namespace corridor
