#include "core/check/geometry_check.h"

#include <cmath>
#include <cstdio>

#include <geos_c.h>

namespace corridor {
namespace {

// Calls fn(x, y) for every vertex; stops and returns false as soon as fn does.
template <typename Fn>
bool all_points(const OGRGeometry& g, Fn&& fn) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: {
            const auto& p = *g.toPoint();
            return fn(p.getX(), p.getY());
        }
        case wkbLineString:
        case wkbLinearRing: {
            const auto& line = *g.toSimpleCurve();
            for (int i = 0; i < line.getNumPoints(); ++i)
                if (!fn(line.getX(i), line.getY(i))) return false;
            return true;
        }
        case wkbPolygon: {
            for (const auto* ring : *g.toPolygon())
                if (!all_points(*ring, fn)) return false;
            return true;
        }
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection: {
            for (const auto* part : *g.toGeometryCollection())
                if (!all_points(*part, fn)) return false;
            return true;
        }
        default: return true;  // curves and others: left to GEOS validity
    }
}

// Closes open rings in place; returns how many were open.
int close_open_rings(OGRGeometry& g) {
    int opened = 0;
    auto close_polygon = [&](OGRPolygon& poly) {
        for (auto* ring : poly)
            if (ring->getNumPoints() > 0 && !ring->get_IsClosed()) {
                ++opened;
                ring->closeRings();
            }
    };
    auto type = wkbFlatten(g.getGeometryType());
    if (type == wkbPolygon) close_polygon(*g.toPolygon());
    if (type == wkbMultiPolygon)
        for (auto* poly : *g.toMultiPolygon()) close_polygon(*poly);
    return opened;
}

bool is_polygonal(const OGRGeometry& g) {
    auto type = wkbFlatten(g.getGeometryType());
    return type == wkbPolygon || type == wkbMultiPolygon;
}

// MakeValid can return a collection mixing polygons with slivers reduced to lines or points;
// keep the polygons, as the feature is an area.
OGRGeometryUniquePtr polygonal_part(OGRGeometryUniquePtr g) {
    if (!g || wkbFlatten(g->getGeometryType()) != wkbGeometryCollection) return g;
    auto multi = std::make_unique<OGRMultiPolygon>();
    for (const auto* part : *g->toGeometryCollection()) {
        auto type = wkbFlatten(part->getGeometryType());
        if (type == wkbPolygon) multi->addGeometry(part);
        if (type == wkbMultiPolygon)
            for (const auto* poly : *part->toMultiPolygon()) multi->addGeometry(poly);
    }
    return OGRGeometryUniquePtr(multi.release());
}

std::string format_point(double x, double y) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "(%g, %g)", x, y);
    return buf;
}

}  // namespace

std::string invalidity_reason(const OGRGeometry& geometry) {
    GEOSContextHandle_t ctx = GEOS_init_r();
    std::string reason;
    if (GEOSGeometry* g = geometry.exportToGEOS(ctx)) {
        if (GEOSisValid_r(ctx, g) != 1) {
            char* r = GEOSisValidReason_r(ctx, g);
            reason = r ? r : "invalid geometry";
            GEOSFree_r(ctx, r);
        }
        GEOSGeom_destroy_r(ctx, g);
    } else {
        reason = "GEOS cannot read the geometry";
    }
    GEOS_finish_r(ctx);
    return reason;
}

GeometryCheck check_and_repair(OGRGeometryUniquePtr& geometry, bool geographic) {
    if (!geometry) return {GeometryVerdict::Skip, "no geometry (null)"};
    if (geometry->IsEmpty()) return {GeometryVerdict::Skip, "empty geometry"};

    std::string bad;
    all_points(*geometry, [&](double x, double y) {
        if (!std::isfinite(x) || !std::isfinite(y)) bad = "non-finite coordinate (NaN or infinity)";
        else if (geographic && (x < -180 || x > 180 || y < -90 || y > 90))
            bad = "coordinate " + format_point(x, y) + " out of range for longitude/latitude";
        return bad.empty();
    });
    if (!bad.empty()) return {GeometryVerdict::Skip, bad};

    if (!is_polygonal(*geometry)) return {};

    GeometryCheck result;
    if (int opened = close_open_rings(*geometry)) {
        result.verdict = GeometryVerdict::Repaired;
        result.message = std::to_string(opened) + (opened == 1 ? " ring was" : " rings were") + " not closed; closed it";
    }
    std::string reason = invalidity_reason(*geometry);
    if (reason.empty()) return result;

    OGRGeometryUniquePtr repaired(geometry->MakeValid());
    repaired = polygonal_part(std::move(repaired));
    if (!repaired || repaired->IsEmpty() || !is_polygonal(*repaired) || !invalidity_reason(*repaired).empty())
        return {GeometryVerdict::Skip, "invalid geometry (" + reason + ") that MakeValid could not repair"};
    geometry = std::move(repaired);
    if (!result.message.empty()) result.message += "; ";
    result.verdict = GeometryVerdict::Repaired;
    result.message += "invalid geometry (" + reason + "), repaired with MakeValid";
    return result;
}

}  // namespace corridor
