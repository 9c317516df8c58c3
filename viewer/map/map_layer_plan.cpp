#include "viewer/map/map_layer_plan.h"

namespace corridor {
namespace {

GeometryKind feature_kind(const Feature& f) {
    if (!f.mercator) return GeometryKind::None;
    switch (wkbFlatten(f.mercator->getGeometryType())) {
    case wkbPolygon: case wkbMultiPolygon: case wkbCurvePolygon: case wkbMultiSurface: return GeometryKind::Polygon;
    case wkbLineString: case wkbMultiLineString: case wkbCircularString: case wkbCompoundCurve: case wkbMultiCurve: return GeometryKind::Line;
    case wkbPoint: case wkbMultiPoint: return GeometryKind::Point;
    default: return GeometryKind::Mixed;
    }
}

std::function<bool(const Feature&)> of_kind(GeometryKind kind) {
    return [kind](const Feature& f) { return feature_kind(f) == kind; };
}

constexpr double kContextToleranceScale = 3;

bool is_countries_layer(const Layer& layer) {
    return layer.id == "countries" || (layer.level == AdminLevel::Country && layer.role == "context");
}

}  // namespace

bool is_corridor_country(const std::string& name) { return name == "Mali" || name == "Burkina Faso"; }

std::string feature_country(const Layer& layer, const Feature& f) {
    if (is_countries_layer(layer)) {
        for (const auto& [field, value] : f.attributes)
            if (field == "name") return value;
        return f.name;
    }
    if (!f.admin.country.empty()) return f.admin.country;
    if (!layer.country.empty()) return layer.country;
    if (layer.id.rfind("mli_", 0) == 0) return "Mali";
    if (layer.id.rfind("bfa_", 0) == 0) return "Burkina Faso";
    return "";
}

std::vector<DrawItemPlan> plan_layer(const Layer& layer, int index, const MapStyle& style, int user_turn) {
    std::vector<DrawItemPlan> items;
    items.reserve(4);  // at most 4 items: references returned by add() stay valid
    auto add = [&](MeshKind kind, int order, LineStyle line = {}) -> DrawItemPlan& {
        DrawItemPlan& p = items.emplace_back();
        p.layer = index, p.kind = kind, p.order = order, p.line = line;
        return p;
    };
    const Layer* l = &layer;

    if (is_countries_layer(layer)) {
        // Neighbours are muted context; Mali and Burkina get their base hue under the communes
        // (it shows through any sliver between simplified communes) and the strongest border.
        auto corridor = [l](const Feature& f) { return is_corridor_country(feature_country(*l, f)); };
        auto neighbour = [l](const Feature& f) { return !is_corridor_country(feature_country(*l, f)); };
        const Rgba mali = style.mali_fill, burkina = style.burkina_fill, other = style.neighbour_fill;
        // Neighbours are context: Natural Earth's 10m coasts and borders are simplified to about a
        // pixel (three times the admin layers' tolerance), which no one reads as detail lost.
        DrawItemPlan& context = add(MeshKind::Fill, kOrderNeighbourFill);
        context.include = neighbour;
        context.fill_color = [other](const Feature&) { return other; };
        context.tolerance_scale = kContextToleranceScale;
        DrawItemPlan& own = add(MeshKind::Fill, kOrderCountryFill);
        own.include = corridor;
        own.fill_color = [l, mali, burkina](const Feature& f) { return feature_country(*l, f) == "Mali" ? mali : burkina; };
        DrawItemPlan& neighbour_border = add(MeshKind::Lines, kOrderNeighbourBorder, style.neighbour_border);
        neighbour_border.include = neighbour;
        neighbour_border.tolerance_scale = kContextToleranceScale;
        add(MeshKind::Lines, kOrderNationalBorder, style.national_border).include = corridor;
        for (DrawItemPlan& p : items) p.network = p.kind == MeshKind::Lines;
        return items;
    }

    if (layer.role == "admin") {
        switch (layer.level) {
        case AdminLevel::Commune: {
            const Rgba mali = style.mali_fill, burkina = style.burkina_fill;
            const float variation = style.tint_variation;
            DrawItemPlan& fill = add(MeshKind::Fill, kOrderCommuneFill);
            fill.fill_color = [l, mali, burkina, variation](const Feature& f) {
                return varied_fill(feature_country(*l, f) == "Burkina Faso" ? burkina : mali, f.id, variation);
            };
            fill.outlines = true;  // communes are what users hover and select
            // Commune fills are the bulk of the triangles a frame rasterises. Their edges lie
            // under the commune lines, neighbours' tints differ by a few percent and the country
            // fill shows through any gap, so they can be simplified twice as much as the lines
            // (1.4 px at the band's finest scale): a quarter fewer triangles, not visible.
            fill.tolerance_scale = 2;
            // The thinnest, faintest lines, and the most numerous: half as much again.
            DrawItemPlan& lines = add(MeshKind::Lines, kOrderCommuneLine, style.commune_line);
            lines.network = true;
            lines.tolerance_scale = 1.5;
            return items;
        }
        case AdminLevel::Cercle: add(MeshKind::Lines, kOrderCercleLine, style.cercle_line).network = true; return items;
        case AdminLevel::Region: add(MeshKind::Lines, kOrderRegionLine, style.region_line).network = true; return items;
        case AdminLevel::Country: add(MeshKind::Lines, kOrderNationalBorder, style.national_border).network = true; return items;
        case AdminLevel::None: break;
        }
    }

    // User files and place layers: by geometry, one colour per layer.
    Rgba colour = style.user_palette[size_t(user_turn) % style.user_palette.size()];
    Rgba fill = colour;
    fill.a = style.user_fill_alpha;
    // Place layers hold thousands of points: the names feature draws them, by rank as one zooms
    // in (dots and names), and their visibility is that of those; no raw points here.
    if (layer.role == "places") return items;
    DrawItemPlan& f = add(MeshKind::Fill, kOrderUserFill);
    f.include = of_kind(GeometryKind::Polygon);
    f.fill_color = [fill](const Feature&) { return fill; };
    f.outlines = true;
    f.opaque = false;
    DrawItemPlan& outline = add(MeshKind::Lines, kOrderUserLine, {colour, style.user_line_width_px});
    outline.include = [](const Feature& ft) { GeometryKind k = feature_kind(ft); return k == GeometryKind::Polygon || k == GeometryKind::Line; };
    DrawItemPlan& points = add(MeshKind::Points, kOrderPoints, {colour, style.point_size_px});
    points.include = of_kind(GeometryKind::Point);
    return items;
}

}  // namespace corridor
