#include "core/cartography/douglas_peucker.h"

#include <vector>

#include "core/base/geos_context.h"

namespace corridor {
namespace {

// `in`'s points, simplified, into `out`; false when GEOS fails.
bool simplify_path(const OGRSimpleCurve& in, double tolerance, OGRSimpleCurve& out) {
    static thread_local GeosContext context;
    static thread_local std::vector<OGRRawPoint> points;  // reused: no allocation per path
    GEOSContextHandle_t ctx = context.handle;
    const int n = in.getNumPoints();
    points.resize(size_t(n));
    in.getPoints(points.data());
    if (n < 3) {  // nothing to take out (and GEOS wants a line of two points or none)
        out.setPoints(n, points.data());
        return true;
    }
    // OGRRawPoint is two doubles, x then y: the buffer GEOS reads and writes.
    static_assert(sizeof(OGRRawPoint) == 2 * sizeof(double));
    GEOSCoordSequence* seq = GEOSCoordSeq_copyFromBuffer_r(ctx, &points[0].x, unsigned(n), 0, 0);
    if (!seq) return false;
    GeosGeom line{ctx, GEOSGeom_createLineString_r(ctx, seq)};  // owns seq from here
    if (!line.g) return false;
    GeosGeom simple{ctx, GEOSSimplify_r(ctx, line.g, tolerance)};
    const GEOSCoordSequence* kept = simple.g ? GEOSGeom_getCoordSeq_r(ctx, simple.g) : nullptr;
    unsigned int m = 0;
    if (!kept || !GEOSCoordSeq_getSize_r(ctx, kept, &m)) return false;
    points.resize(m);
    if (m && !GEOSCoordSeq_copyToBuffer_r(ctx, kept, &points[0].x, 0, 0)) return false;
    out.setPoints(int(m), points.data());
    return true;
}

// False when GEOS fails; `out` is then incomplete.
bool simplify_polygon(const OGRPolygon& in, double tolerance, OGRPolygon& out) {
    bool shell = true;
    for (const OGRLinearRing* ring : in) {
        auto simple = std::make_unique<OGRLinearRing>();
        if (!simplify_path(*ring, tolerance, *simple)) return false;
        const bool kept = simple->getNumPoints() >= 4;
        if (shell && !kept) return true;  // the polygon collapsed: left empty
        shell = false;
        if (kept) out.addRingDirectly(simple.release());
    }
    return true;
}

}  // namespace

std::unique_ptr<OGRGeometry> simplify_paths(const OGRGeometry& g, double tolerance) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbLineString:
    case wkbLinearRing: {
        auto out = std::make_unique<OGRLineString>();
        if (!simplify_path(*g.toSimpleCurve(), tolerance, *out)) return nullptr;
        return out;
    }
    case wkbPolygon: {
        auto out = std::make_unique<OGRPolygon>();
        if (!simplify_polygon(*g.toPolygon(), tolerance, *out)) return nullptr;
        return out;
    }
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection: {
        std::unique_ptr<OGRGeometryCollection> out(
            OGRGeometryFactory::createGeometry(wkbFlatten(g.getGeometryType()))->toGeometryCollection());
        for (const OGRGeometry* part : *g.toGeometryCollection()) {
            std::unique_ptr<OGRGeometry> simple = simplify_paths(*part, tolerance);
            if (!simple) return nullptr;
            if (!simple->IsEmpty()) out->addGeometryDirectly(simple.release());
        }
        return out;
    }
    default: return std::unique_ptr<OGRGeometry>(g.Simplify(tolerance));
    }
}

}  // namespace corridor
