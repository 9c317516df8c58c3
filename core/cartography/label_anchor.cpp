#include "core/cartography/label_anchor.h"

#include "core/base/geometry_walk.h"
#include "core/base/parallel_for.h"

#include <algorithm>

#include <geos_c.h>

namespace corridor {

namespace {

const OGRPolygon* largest_polygon(const OGRGeometry& g) {
    const OGRPolygon* best = nullptr;
    double best_area = -1;
    for_each_polygon(g, [&](const OGRPolygon& p) {
        if (!p.IsEmpty() && p.get_Area() > best_area) best = &p, best_area = p.get_Area();
    });
    return best;
}

struct GeosContext {
    GEOSContextHandle_t h = GEOS_init_r();
    ~GeosContext() { GEOS_finish_r(h); }
};

struct GeosGeom {
    GEOSContextHandle_t h;
    GEOSGeometry* g;
    ~GeosGeom() {
        if (g) GEOSGeom_destroy_r(h, g);
    }
};

std::optional<MapPoint> start_point(GEOSContextHandle_t h, const GEOSGeometry* g) {
    double x, y;
    if (GEOSGeomTypeId_r(h, g) == GEOS_POINT) {
        if (!GEOSGeomGetX_r(h, g, &x) || !GEOSGeomGetY_r(h, g, &y)) return std::nullopt;
        return MapPoint{x, y};
    }
    GeosGeom p{h, GEOSGeomGetStartPoint_r(h, g)};
    if (!p.g || !GEOSGeomGetX_r(h, p.g, &x) || !GEOSGeomGetY_r(h, p.g, &y)) return std::nullopt;
    return MapPoint{x, y};
}

// Parts with more ring points than this are searched simplified (below): of the real boundary
// layers, only regions and countries (up to 3,414 points; the communes have at most 597).
constexpr int kSearchedWhole = 1000;

}  // namespace

std::optional<LabelAnchor> polygon_label_anchor(const OGRGeometry& geometry) {
    const OGRPolygon* part = largest_polygon(geometry);
    if (!part) return std::nullopt;
    OGREnvelope env;
    part->getEnvelope(&env);
    double tolerance = std::max(env.MaxX - env.MinX, env.MaxY - env.MinY) / 500.0;
    if (!(tolerance > 0)) return std::nullopt;

    GeosContext ctx;
    GeosGeom polygon{ctx.h, part->exportToGEOS(ctx.h)};
    if (!polygon.g) return std::nullopt;
    GeosGeom boundary{ctx.h, GEOSBoundary_r(ctx.h, polygon.g)};

    auto anchor_at = [&](const GEOSGeometry* g) -> std::optional<LabelAnchor> {
        std::optional<MapPoint> p = start_point(ctx.h, g);
        if (!p) return std::nullopt;
        GeosGeom point{ctx.h, GEOSGeom_createPointFromXY_r(ctx.h, p->x, p->y)};
        if (!point.g || GEOSContains_r(ctx.h, polygon.g, point.g) != 1) return std::nullopt;
        double radius = 0;
        if (boundary.g) GEOSDistance_r(ctx.h, boundary.g, point.g, &radius);
        return LabelAnchor{*p, radius};
    };

    // The circle's centre is the first point of the returned radius line. The search costs what
    // the part holds: a densified or full-resolution part is searched on a copy simplified well
    // within the search's tolerance (the stress pack's anchors: 0.55 s on two cores down to 0.31 s), and
    // the point found there is checked against the part itself, which it falls back to.
    auto circle_centre = [&](const GEOSGeometry* searched) -> std::optional<LabelAnchor> {
        GeosGeom circle{ctx.h, GEOSMaximumInscribedCircle_r(ctx.h, searched, tolerance)};
        return circle.g ? anchor_at(circle.g) : std::nullopt;
    };
    if (part->getExteriorRing()->getNumPoints() > kSearchedWhole) {
        GeosGeom simplified{ctx.h, GEOSSimplify_r(ctx.h, polygon.g, tolerance / 4)};
        if (simplified.g && !GEOSisEmpty_r(ctx.h, simplified.g))
            if (auto a = circle_centre(simplified.g)) return a;
    }
    if (auto a = circle_centre(polygon.g)) return a;
    // Invalid rings can defeat the circle search; a point on the surface is still inside.
    GeosGeom surface{ctx.h, GEOSPointOnSurface_r(ctx.h, polygon.g)};
    if (surface.g) return anchor_at(surface.g);
    return std::nullopt;
}

void find_label_anchors(Layer& layer) {
    if (layer.level == AdminLevel::None) return;
    std::vector<Feature*> named;
    for (Feature& f : layer.features)
        if (!f.name.empty() && f.mercator) named.push_back(&f);
    parallel_for(named.size(), [&](size_t k) { named[k]->label_anchor = polygon_label_anchor(*named[k]->mercator); }, 1);
}

std::optional<LabelAnchor> label_anchor_of(const Feature& feature) {
    if (feature.label_anchor) return feature.label_anchor;
    return feature.mercator ? polygon_label_anchor(*feature.mercator) : std::nullopt;
}

}  // namespace corridor
