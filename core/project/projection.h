#pragma once
// Coordinates: lon/lat (EPSG:4326) and the display projection, Web Mercator (EPSG:3857).
// Layers are projected with OGR (layer_reader.cpp); these closed-form helpers serve the
// camera and the UI, which convert a handful of points per frame. They are the EPSG:3857
// definition itself and are tested against OGR's transformation.
#include "core/base/geo_types.h"

namespace corridor {

inline constexpr double kEarthRadius = 6378137.0;  // WGS 84 semi-major axis, as EPSG:3857 uses

MapPoint lonlat_to_mercator(LonLat p);
LonLat mercator_to_lonlat(MapPoint p);

// Scale factor of Web Mercator at a latitude: ground metres = mercator metres * cos(lat).
double mercator_scale_at(double lat_degrees);

}  // namespace corridor
