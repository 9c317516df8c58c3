#pragma once
// A coordinate reference system by EPSG code, with the axis order geodata and our code use.
#include <ogr_spatialref.h>

namespace corridor {

// EPSG:4326 is lat/lon in its definition; geodata and our code use lon/lat (STACK.md), so
// every system made here takes x, y in the traditional GIS order.
OGRSpatialReference srs_from_epsg(int code);

}  // namespace corridor
