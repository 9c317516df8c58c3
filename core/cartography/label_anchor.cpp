#include "core/cartography/label_anchor.h"

#include "core/base/geometry_walk.h"
#include "core/base/parallel_for.h"
#include "core/cartography/pole_of_inaccessibility.h"

#include <algorithm>
#include <memory>

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

// Parts with more ring points than this are searched simplified (below): of the real boundary
// layers, only regions and countries (up to 3,414 points; the communes have at most 597).
constexpr int kSearchedWhole = 1000;

}  // namespace

std::optional<LabelAnchor> polygon_label_anchor(const OGRGeometry& geometry) {
    const OGRPolygon* part = largest_polygon(geometry);
    if (!part) return std::nullopt;
    OGREnvelope env;
    part->getEnvelope(&env);
    const double tolerance = std::max(env.MaxX - env.MinX, env.MaxY - env.MinY) / 500.0;
    if (!(tolerance > 0)) return std::nullopt;

    // Each probe of the search costs what the part holds: a densified or full-resolution part is
    // searched on a copy simplified well within the search's tolerance, and the point found
    // there is measured against the part itself, which it falls back to.
    if (part->getExteriorRing()->getNumPoints() > kSearchedWhole) {
        const std::unique_ptr<OGRGeometry> simplified(part->Simplify(tolerance / 4));
        if (const OGRPolygon* searched = simplified ? largest_polygon(*simplified) : nullptr) {
            const Pole pole = pole_of_inaccessibility(*searched, tolerance);
            const double radius = signed_distance_to_edges(*part, pole.point.x, pole.point.y);
            if (pole.distance > 0 && radius > 0) return LabelAnchor{pole.point, radius};
        }
    }
    const Pole pole = pole_of_inaccessibility(*part, tolerance);
    if (pole.distance > 0) return LabelAnchor{pole.point, pole.distance};
    // Invalid rings can defeat the search; a point on the surface may still be inside.
    OGRPoint surface;
    if (part->PointOnSurface(&surface) != OGRERR_NONE || surface.IsEmpty()) return std::nullopt;
    const double radius = signed_distance_to_edges(*part, surface.getX(), surface.getY());
    if (!(radius > 0)) return std::nullopt;
    return LabelAnchor{{surface.getX(), surface.getY()}, radius};
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
