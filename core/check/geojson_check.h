#pragma once
// Checks a GeoJSON file's text before GDAL reads it, to name the problems GDAL reports
// vaguely or accepts silently: invalid or truncated JSON (with line and column), and JSON that
// is no GeoJSON text. Every top level RFC 7946 (section 2) allows passes: a FeatureCollection,
// a Feature, or a geometry (GeometryCollection included); GDAL reads them all, and the
// reader leaves bbox, foreign members, the 2008 "crs" member and 3D coordinates to it.
//
// Takes any bytes and never throws, so a fuzzer can call it directly.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace corridor {

// The kinds of value a feature property takes in a file, as bits.
enum PropertyKind : uint8_t {
    kPropertyInt32 = 1, kPropertyInt64 = 2, kPropertyReal = 4, kPropertyString = 8, kPropertyBool = 16,
    kPropertyNested = 32,  // an object, an array, or an integer beyond 64 bits
};

struct GeoJsonCheck {
    bool valid_json = false;
    std::string top_level_type;  // "FeatureCollection", "Feature", "Point", ... or empty
    std::string error;           // why the JSON is invalid, with its position
    // Why valid JSON is no GeoJSON text GDAL can read, and the JSON pointer of the member at
    // fault ("/type", "/features"); both empty when it is GeoJSON.
    std::string not_geojson, where;
    // A FeatureCollection's features, each property's kinds of value over all of them (in the
    // order the properties are first met), and whether any feature has an "id" member: what
    // GDAL's guess of the schema from the first features alone can be checked against.
    size_t feature_count = 0;
    std::vector<std::pair<std::string, uint8_t>> property_kinds;
    // The features up to the last one that brings a property or a kind of value the ones before
    // it lack: GDAL learns the same fields from those as from all of them (0: no properties).
    size_t schema_features = 0;
    bool feature_ids = false;

    bool is_geojson() const { return valid_json && not_geojson.empty(); }
};

GeoJsonCheck check_geojson_text(std::string_view text);
bool looks_like_geojson_path(const std::string& path);  // .geojson / .json
// True for the nine "type" values RFC 7946 allows at the top level.
bool is_geojson_top_level_type(std::string_view type);

}  // namespace corridor
