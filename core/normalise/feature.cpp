#include "core/normalise/feature.h"

#include <algorithm>

#include "core/base/reference_system.h"

namespace corridor {

const char* to_string(AdminLevel level) {
    switch (level) {
        case AdminLevel::Country: return "country";
        case AdminLevel::Region: return "region";
        case AdminLevel::Cercle: return "cercle";
        case AdminLevel::Commune: return "commune";
        case AdminLevel::None: break;
    }
    return "feature";
}

std::optional<AdminLevel> admin_level_from_string(const std::string& s) {
    if (s == "commune") return AdminLevel::Commune;
    if (s == "cercle" || s == "province") return AdminLevel::Cercle;
    if (s == "region") return AdminLevel::Region;
    if (s == "country") return AdminLevel::Country;
    return std::nullopt;
}

namespace {

// Web Mercator back to lon/lat, through OGR (PROJ). One per thread: a transformation is not
// safe to share between threads.
OGRCoordinateTransformation* mercator_to_lonlat() {
    thread_local const std::unique_ptr<OGRCoordinateTransformation> transform = [] {
        const OGRSpatialReference mercator = srs_from_epsg(3857), lonlat = srs_from_epsg(4326);
        return std::unique_ptr<OGRCoordinateTransformation>(OGRCreateCoordinateTransformation(&mercator, &lonlat));
    }();
    return transform.get();
}

}  // namespace

// Features keep one copy of their geometry, the projected one that the map, the picker and the
// indices use: a second, lon/lat copy was 32 MB on the 2 M-vertex stress pack. The round trip
// moves a vertex by about 1e-14 degrees, and PROJ lets a longitude overshoot 180° by that
// much rather than wrap it, so a part cut at the antimeridian stays on its side.
OGRGeometryUniquePtr Feature::lonlat() const {
    OGRCoordinateTransformation* transform = mercator_to_lonlat();
    if (!mercator || !transform) return nullptr;
    OGRGeometryUniquePtr g(mercator->clone());
    if (g->transform(transform) != OGRERR_NONE) return nullptr;
    return g;
}

std::optional<std::string_view> Feature::attribute(std::string_view field) const {
    for (size_t i = 0; i < attribute_count(); ++i)
        if (field_name(i) == field) return field_values[i];
    return std::nullopt;
}

bool name_features_by(Layer& layer, const std::string& field) {
    if (std::find(layer.text_fields.begin(), layer.text_fields.end(), field) == layer.text_fields.end()) return false;
    layer.name_field = field;
    for (Feature& f : layer.features) {
        const std::optional<std::string_view> value = f.attribute(field);
        f.name = value ? std::string(*value) : std::string();  // empty: shown by its id, as when read
    }
    return true;
}

const char* geojson_type_name(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: return "Point";
        case wkbMultiPoint: return "MultiPoint";
        case wkbLineString: return "LineString";
        case wkbMultiLineString: return "MultiLineString";
        case wkbPolygon: return "Polygon";
        case wkbMultiPolygon: return "MultiPolygon";
        case wkbGeometryCollection: return "GeometryCollection";
        default: return g.getGeometryName();
    }
}

std::vector<int> features_without_geometry(const Layer& layer) {
    std::vector<int> out;
    for (size_t i = 0; i < layer.features.size(); ++i)
        if (!layer.features[i].mercator) out.push_back(int(i));
    return out;
}

const Feature* Layer::find(const std::string& wanted) const {
    for (const Feature& f : features)
        if (f.id == wanted) return &f;
    return nullptr;
}

}  // namespace corridor
