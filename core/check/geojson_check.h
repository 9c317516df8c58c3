#pragma once
// Checks a GeoJSON file's text before GDAL reads it, to name the problems GDAL reports
// vaguely or accepts silently: invalid or truncated JSON (with line and column), and a top
// level that is not a FeatureCollection.
#include <string>

#include "core/base/diagnostics.h"

namespace corridor {

struct GeoJsonCheck {
    bool valid_json = false;
    std::string top_level_type;  // "FeatureCollection", "Feature", ... or empty
    std::string error;           // why the JSON is invalid, with its position
};

GeoJsonCheck check_geojson_text(const std::string& text);
bool looks_like_geojson_path(const std::string& path);  // .geojson / .json

}  // namespace corridor
