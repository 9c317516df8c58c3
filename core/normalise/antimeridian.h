#pragma once
// RFC 7946 (3.1.9): a geometry that crosses the antimeridian SHOULD be cut in two at ±180°.
// Many files do not (web tools write a ring from 179° to -179°); drawn as they stand, such
// geometries would run the long way round, across the whole map. A segment whose longitude
// changes by more than 180° is taken to cross the antimeridian the short way, as in GDAL's
// WRAPDATELINE option, and the geometry is cut there so that each part lies on its own side.
#include <ogr_geometry.h>

namespace corridor {

// True when some segment of a lon/lat geometry jumps more than 180° in longitude. False when
// any longitude is not finite or lies outside [-180, 180]: the geometry check reports those.
bool crosses_antimeridian(const OGRGeometry& lonlat);

// The geometry cut at the antimeridian, or null when it does not cross it (or GDAL cannot cut
// it). A Polygon becomes a MultiPolygon and a LineString a MultiLineString; points and the
// members of a collection that do not cross are kept as they are.
OGRGeometryUniquePtr cut_at_antimeridian(const OGRGeometry& lonlat);

}  // namespace corridor
