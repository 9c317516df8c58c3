#pragma once
// Distances and areas on the WGS 84 ellipsoid through PROJ's geodesic routines (Karney).
// Web Mercator distances are wrong by 1/cos(lat) and areas by 1/cos²(lat), about 3 % at 10° N.
#include <ogr_geometry.h>

#include "core/base/geo_types.h"

namespace corridor {

// Geodesic distance in kilometres.
double geodesic_km(LonLat a, LonLat b);

// Whether a and b lie within `km` of each other on the ground. Points whose latitudes alone lie
// farther apart are answered without the geodesic (a degree of latitude is 110.57 km or more on
// WGS 84): placing the GeoNames towns asked this of every seat, a tenth of a second.
bool within_km(LonLat a, LonLat b, double km);

// True ground area of a lon/lat geometry:
// square metres; 0 for points, lines and empty geometry. Holes are subtracted.
double geodesic_area_m2(const OGRGeometry& lonlat);

}  // namespace corridor
