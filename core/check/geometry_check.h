#pragma once
// Checks one feature's geometry as read from its source, and repairs what can be repaired:
// unclosed rings are closed, invalid polygons go through MakeValid (GEOS). What cannot be
// used (empty, non-finite or out-of-range coordinates) is reported and the feature skipped.
#include <string>

#include <ogr_geometry.h>

namespace corridor {

enum class GeometryVerdict { Ok, Repaired, Skip };

struct GeometryCheck {
    GeometryVerdict verdict = GeometryVerdict::Ok;
    std::string message;  // why it was repaired or skipped
};

// `geographic`: coordinates are degrees, so they must lie in [-180, 180] x [-90, 90].
// May replace `geometry` with a repaired one.
GeometryCheck check_and_repair(OGRGeometryUniquePtr& geometry, bool geographic);

// Why GEOS finds a geometry invalid ("Self-intersection[-5.1 11.2]"), or "" when valid.
std::string invalidity_reason(const OGRGeometry& geometry);

}  // namespace corridor
