#pragma once
// The normalised model of geodata: layers of features with geometry in the display projection
// (lon/lat made from it on demand), every source attribute, and the administrative names
// mapped onto one hierarchy (commune, cercle or province, region, country) whatever the
// source's field names.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <ogr_geometry.h>

#include "core/base/geo_types.h"
#include "core/normalise/field_values.h"

namespace corridor {

enum class AdminLevel { Country, Region, Cercle, Commune, None };  // Cercle: cercle or province
const char* to_string(AdminLevel level);                           // "country", "region", ...
// "commune", "cercle" or "province", "region", "country"; nullopt for anything else.
std::optional<AdminLevel> admin_level_from_string(const std::string& s);

enum class GeometryKind { Polygon, Line, Point, Mixed, None };

struct AdminNames {
    std::string commune, cercle, region, country;  // empty where the source has no such field
    std::string pcode;                             // the feature's own P-code (any level)
};

struct Feature {
    size_t index = 0;      // position in the source layer, 0-based
    std::string id;        // P-code where the layer has one, otherwise the source FID
    std::string name;      // display name: the name at the layer's own level, or a name field
    AdminNames admin;
    // Every source field, in order: its name, shared by the layer's features (a copy of the 20
    // names in each of the 18,769 places was 12 MB), and the feature's value (field_values.h).
    // The same size, or both empty.
    std::shared_ptr<const std::vector<std::string>> field_names;
    FieldValues field_values;
    // EPSG:3857, metres, with the source's heights; null for a feature without geometry. The
    // only copy kept: lonlat() makes the lon/lat one when asked.
    OGRGeometryUniquePtr mercator;
    Box bounds;  // of `mercator`
    // Where the name of a named area of an admin or country layer goes, found once when the
    // data is read (find_label_anchors) and kept in the cache; unset elsewhere.
    std::optional<LabelAnchor> label_anchor;

    std::optional<std::string_view> attribute(std::string_view field) const;  // nullopt if absent
    size_t attribute_count() const { return field_values.size(); }
    const std::string& field_name(size_t i) const { return (*field_names)[i]; }
    // The geometry in EPSG:4326, lon/lat axis order, made from `mercator` on each call (a copy
    // and a transformation: ask once per use, not per frame); nullptr without geometry.
    OGRGeometryUniquePtr lonlat() const;
};

// A feature by position in a list of layers: layers[layer].features[feature]. Positions,
// not pointers, so refs stay valid when layers are appended.
struct FeatureRef {
    int layer = -1, feature = -1;
    bool valid() const { return layer >= 0 && feature >= 0; }
    bool operator==(const FeatureRef&) const = default;
};

struct Layer {
    std::string id;           // catalogue id ("mli_communes") or the file's stem
    std::string title;        // shown in the legend (English)
    std::string title_fr;     // the same in French
    std::string path;         // the file it came from
    AdminLevel level = AdminLevel::None;
    std::string country;      // "Mali", "Burkina Faso", or empty for mixed/other layers
    std::string attribution;     // the line the map must show while the layer is visible (English)
    std::string attribution_fr;  // the same in French; empty: the English line is shown
    std::string role;         // "admin", "context", "places", or "user"
    GeometryKind kind = GeometryKind::None;
    std::vector<Feature> features;
    Box bounds;               // Web Mercator
    Box lonlat_bounds;
    // A file without a mapping: the field that names its features (chosen as QGIS does, or by
    // the user in the legend), and its text fields, the choices offered. Empty otherwise.
    std::string name_field;
    std::vector<std::string> text_fields;

    const Feature* find(const std::string& id) const;  // by Feature::id
};

// Names every feature of `layer` by `field` (one of its text_fields); a feature without a value
// gets an empty name (shown by its id). False, changing nothing, when the layer has no such text field.
bool name_features_by(Layer& layer, const std::string& field);

// "Point", "MultiPolygon", "GeometryCollection", ...: the GeoJSON name of the geometry's type.
const char* geojson_type_name(const OGRGeometry& geometry);

// Positions in layer.features of the features without a geometry (GeoJSON "geometry": null):
// kept with their properties, listed, never drawn.
std::vector<int> features_without_geometry(const Layer& layer);

}  // namespace corridor
