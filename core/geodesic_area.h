#pragma once
// True ground area of a lon/lat geometry on the WGS 84 ellipsoid, through PROJ's geodesic
// routines (Karney). Web Mercator areas are wrong by 1/cos²(lat), about 3 % at 10° N.
#include <ogr_geometry.h>

namespace corridor {

// Square metres; 0 for points, lines and empty geometry. Holes are subtracted.
double geodesic_area_m2(const OGRGeometry& lonlat);

}  // namespace corridor
