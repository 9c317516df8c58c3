#include "viewer/map/map_layer_plan.h"

#include <iterator>

#include "core/cartography/water.h"

namespace corridor {
namespace {

GeometryKind kind_of(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: case wkbMultiPolygon: case wkbCurvePolygon: case wkbMultiSurface: return GeometryKind::Polygon;
    case wkbLineString: case wkbMultiLineString: case wkbCircularString: case wkbCompoundCurve: case wkbMultiCurve: return GeometryKind::Line;
    case wkbPoint: case wkbMultiPoint: return GeometryKind::Point;
    default: return GeometryKind::Mixed;
    }
}

// True when the geometry, or a member of a GeometryCollection, is of that kind: each item of
// the plan (fills, lines, points) draws its own members of a collection.
bool holds_kind(const OGRGeometry& g, GeometryKind kind) {
    if (kind_of(g) == kind) return true;
    if (wkbFlatten(g.getGeometryType()) != wkbGeometryCollection) return false;
    for (const OGRGeometry* part : *g.toGeometryCollection())
        if (holds_kind(*part, kind)) return true;
    return false;
}

bool feature_holds(const Feature& f, GeometryKind kind) { return f.mercator && holds_kind(*f.mercator, kind); }

std::function<bool(const Feature&)> of_kind(GeometryKind kind) {
    return [kind](const Feature& f) { return feature_holds(f, kind); };
}

constexpr double kContextToleranceScale = 3;

bool is_countries_layer(const Layer& layer) {
    return layer.id == "countries" || (layer.level == AdminLevel::Country && layer.role == "context");
}

// Rivers by importance (Natural Earth scalerank): the Niger, Sénégal and Bafing at every zoom;
// the Voltas and the Bani from about the home view; the minor rivers once one zooms in.
struct RiverClass {
    int max_scalerank;
    double min_zoom;
};
constexpr RiverClass kRiverClasses[] = {{4, 0}, {7, 5.5}, {99, 7}};

std::vector<DrawItemPlan> plan_water(int index, const MapStyle& style) {
    std::vector<DrawItemPlan> items;
    items.reserve(1 + std::size(kRiverClasses));
    DrawItemPlan& lakes = items.emplace_back();
    lakes.layer = index, lakes.kind = MeshKind::Fill, lakes.order = kOrderWaterFill;
    lakes.include = of_kind(GeometryKind::Polygon);
    const Rgba lake = style.lake_fill;
    lakes.fill_color = [lake](const Feature&) { return lake; };
    lakes.outlines = true;  // hover and selection outline a lake
    lakes.opaque = lake.a == 255;
    lakes.tolerance_scale = kContextToleranceScale;
    int lowest = -1000;
    for (size_t c = 0; c < std::size(kRiverClasses); ++c) {
        const RiverClass rc = kRiverClasses[c];
        DrawItemPlan& p = items.emplace_back();
        p.layer = index, p.kind = MeshKind::Lines, p.order = kOrderRiverLine;
        p.line = style.river_lines[std::min(c, style.river_lines.size() - 1)];
        p.include = [lowest, rc](const Feature& f) {
            if (!feature_holds(f, GeometryKind::Line)) return false;
            const int rank = water_scalerank(f);
            return rank > lowest && rank <= rc.max_scalerank;
        };
        p.min_zoom = rc.min_zoom;
        p.width_growth = style.river_width_growth;
        p.width_zoom = style.river_width_zoom;
        // Context, like the neighbours: simplified three times as much as the admin lines
        // (about two pixels), half the segments of 1.5 times, and still read as the river.
        p.tolerance_scale = kContextToleranceScale;
        lowest = rc.max_scalerank;
    }
    return items;
}

}  // namespace

float line_width_at(const DrawItemPlan& plan, double zoom) {
    if (plan.width_growth <= 0) return plan.line.width_px;
    const double factor = std::clamp(1 + plan.width_growth * (zoom - plan.width_zoom), 0.5, 2.5);
    return float(plan.line.width_px * factor);
}

bool is_corridor_country(const std::string& name) { return name == "Mali" || name == "Burkina Faso"; }

CountryOf CountryOf::of(const Layer& layer) {
    CountryOf c;
    c.countries_layer = is_countries_layer(layer);
    if (!layer.country.empty()) c.layer_country = layer.country;
    else if (layer.id.rfind("mli_", 0) == 0) c.layer_country = "Mali";
    else if (layer.id.rfind("bfa_", 0) == 0) c.layer_country = "Burkina Faso";
    return c;
}

std::string CountryOf::operator()(const Feature& f) const {
    if (countries_layer) {
        const std::optional<std::string_view> name = f.attribute("name");
        return name ? std::string(*name) : f.name;
    }
    return f.admin.country.empty() ? layer_country : f.admin.country;
}

std::string feature_country(const Layer& layer, const Feature& f) { return CountryOf::of(layer)(f); }

Rgba user_layer_colour(const MapStyle& style, int user_turn) {
    return style.user_palette[size_t(user_turn) % style.user_palette.size()];
}

std::vector<DrawItemPlan> plan_layer(const Layer& layer, int index, const MapStyle& style, int user_turn) {
    std::vector<DrawItemPlan> items;
    items.reserve(4);  // at most 4 items: references returned by add() stay valid
    auto add = [&](MeshKind kind, int order, LineStyle line = {}) -> DrawItemPlan& {
        DrawItemPlan& p = items.emplace_back();
        p.layer = index, p.kind = kind, p.order = order, p.line = line;
        return p;
    };
    // The closures keep what they need of the layer, not the layer: a plan made from the app's
    // data is used with the renderer's copy of it, or with no copy at all on a cache hit.
    const CountryOf country_of = CountryOf::of(layer);

    if (is_countries_layer(layer)) {
        // Neighbours are muted context; Mali and Burkina get their base hue under the communes
        // (it shows through any sliver between simplified communes) and the strongest border.
        auto corridor = [country_of](const Feature& f) { return is_corridor_country(country_of(f)); };
        auto neighbour = [country_of](const Feature& f) { return !is_corridor_country(country_of(f)); };
        const Rgba mali = style.mali_fill, burkina = style.burkina_fill, other = style.neighbour_fill;
        // Neighbours are context: Natural Earth's 10m coasts and borders are simplified to about a
        // pixel (three times the admin layers' tolerance), which no one reads as detail lost.
        DrawItemPlan& context = add(MeshKind::Fill, kOrderNeighbourFill);
        context.include = neighbour;
        context.fill_color = [other](const Feature&) { return other; };
        context.tolerance_scale = kContextToleranceScale;
        DrawItemPlan& own = add(MeshKind::Fill, kOrderCountryFill);
        own.include = corridor;
        own.fill_color = [country_of, mali, burkina](const Feature& f) { return country_of(f) == "Mali" ? mali : burkina; };
        DrawItemPlan& neighbour_border = add(MeshKind::Lines, kOrderNeighbourBorder, style.neighbour_border);
        neighbour_border.include = neighbour;
        neighbour_border.tolerance_scale = kContextToleranceScale;
        add(MeshKind::Lines, kOrderNationalBorder, style.national_border).include = corridor;
        for (DrawItemPlan& p : items) p.network = p.kind == MeshKind::Lines;
        return items;
    }

    if (is_water_layer(layer)) return plan_water(index, style);

    if (layer.role == "admin") {
        switch (layer.level) {
        case AdminLevel::Commune: {
            const Rgba mali = style.mali_fill, burkina = style.burkina_fill;
            const float variation = style.tint_variation;
            DrawItemPlan& fill = add(MeshKind::Fill, kOrderCommuneFill);
            fill.fill_color = [country_of, mali, burkina, variation](const Feature& f) {
                return varied_fill(country_of(f) == "Burkina Faso" ? burkina : mali, f.id, variation);
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
    Rgba colour = user_layer_colour(style, user_turn);
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
    outline.include = [](const Feature& ft) {
        return feature_holds(ft, GeometryKind::Polygon) || feature_holds(ft, GeometryKind::Line);
    };
    DrawItemPlan& points = add(MeshKind::Points, kOrderPoints, {colour, style.point_size_px});
    points.include = of_kind(GeometryKind::Point);
    return items;
}

}  // namespace corridor
