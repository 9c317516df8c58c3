#include "viewer/map/map_page.h"

#include <algorithm>
#include <cmath>

#include "core/base/geometry_walk.h"
#include "viewer/map/map_layer_plan.h"

namespace corridor {

namespace {

PageColour page_colour(Rgba c) { return {c.r, c.g, c.b, c.a}; }

// Screen points of a path, dropping those closer than a quarter pixel to the last kept: the
// sources hold far more vertices than a page shows. Hand-written: a distance test per vertex
// is all it takes, where GEOS's simplifiers would copy every geometry first.
template <typename Curve>
std::vector<PagePoint> screen_path(const Curve& curve, const Camera& camera) {
    std::vector<PagePoint> out;
    const int n = curve.getNumPoints();
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i) {
        const ScreenPoint s = camera.map_to_screen({curve.getX(i), curve.getY(i)});
        if (!out.empty() && i + 1 < n && std::hypot(s.x - out.back().x, s.y - out.back().y) < 0.25) continue;
        out.push_back({s.x, s.y});
    }
    return out;
}

std::vector<std::vector<PagePoint>> rings_of(const OGRGeometry& g, const Camera& camera) {
    std::vector<std::vector<PagePoint>> parts;
    for_each_ring(g, [&](const OGRLinearRing& ring) {
        if (auto p = screen_path(ring, camera); p.size() > 2) parts.push_back(std::move(p));
    });
    return parts;
}

// Lines, and polygons' rings as lines.
std::vector<std::vector<PagePoint>> lines_of(const OGRGeometry& g, const Camera& camera) {
    std::vector<std::vector<PagePoint>> parts;
    for_each_path(g, [&](const OGRSimpleCurve& c) {
        if (auto p = screen_path(c, camera); p.size() > 1) parts.push_back(std::move(p));
    });
    return parts;
}

}  // namespace

void add_map_to_page(PageScene& page, const Geodata& data, const Camera& camera, const LayerVisibility& layers,
                     const MapHighlight& highlight, const MapStyle& style, float line_scale) {
    page.path({{{0, 0}, {page.width, 0}, {page.width, page.height}, {0, page.height}}}, true,
              page_colour(style.background), {0, 0, 0, 0}, 0);
    std::vector<DrawItemPlan> plans;
    int user_turn = 0;
    for (size_t i = 0; i < data.layers.size(); ++i) {
        const Layer& l = data.layers[i];
        const bool user = l.role != "admin" && l.role != "context" && l.role != "places";
        std::vector<DrawItemPlan> p = plan_layer(l, int(i), style, user ? user_turn : 0);
        if (user) ++user_turn;
        if (!layers.shown(int(i))) continue;
        for (DrawItemPlan& d : p) plans.push_back(std::move(d));
    }
    std::stable_sort(plans.begin(), plans.end(), [](const DrawItemPlan& a, const DrawItemPlan& b) { return a.order < b.order; });
    const Box view = camera.visible_bounds();
    const double zoom = camera.zoom();
    for (const DrawItemPlan& plan : plans) {
        if (zoom < plan.min_zoom) continue;
        const Layer& l = data.layers[plan.layer];
        const float width = line_width_at(plan, zoom) * line_scale;
        for (const Feature& f : l.features) {
            if (!f.mercator || !f.bounds.intersects(view) || (plan.include && !plan.include(f))) continue;
            switch (plan.kind) {
                case MeshKind::Fill:
                    if (plan.fill_color) page.path(rings_of(*f.mercator, camera), true, page_colour(plan.fill_color(f)), {0, 0, 0, 0}, 0);
                    break;
                case MeshKind::Lines:
                    page.path(lines_of(*f.mercator, camera), false, {0, 0, 0, 0}, page_colour(plan.line.color), width);
                    break;
                case MeshKind::Points:
                    for_each_point(*f.mercator, [&](double x, double y) {
                        const ScreenPoint s = camera.map_to_screen({x, y});
                        page.circle({s.x, s.y}, width / 2, page_colour(plan.line.color));
                    });
                    break;
            }
        }
    }
    auto feature_of = [&](FeatureRef r) -> const Feature* {
        if (!r.valid() || r.layer >= int(data.layers.size()) || r.feature >= int(data.layers[r.layer].features.size())) return nullptr;
        const Feature& f = data.layers[r.layer].features[r.feature];
        return f.mercator ? &f : nullptr;
    };
    for (FeatureRef r : highlight.emphasised)
        if (const Feature* f = feature_of(r)) page.path(rings_of(*f->mercator, camera), true, page_colour(style.emphasised_fill), {0, 0, 0, 0}, 0);
    if (const Feature* f = feature_of(highlight.selected))
        page.path(rings_of(*f->mercator, camera), true, page_colour(style.selected_fill), page_colour(style.selected_outline.color),
                  style.selected_outline.width_px * line_scale);
}

}  // namespace corridor
