#include "core/project/projection.h"

#include <cmath>

namespace corridor {

namespace {
constexpr double kDegToRad = M_PI / 180.0;
}

MapPoint lonlat_to_mercator(LonLat p) {
    double lat = std::clamp(p.lat, -85.05112878, 85.05112878);
    return {kEarthRadius * p.lon * kDegToRad,
            kEarthRadius * std::log(std::tan(M_PI / 4.0 + lat * kDegToRad / 2.0))};
}

LonLat mercator_to_lonlat(MapPoint p) {
    return {p.x / kEarthRadius / kDegToRad,
            (2.0 * std::atan(std::exp(p.y / kEarthRadius)) - M_PI / 2.0) / kDegToRad};
}

double mercator_scale_at(double lat_degrees) { return std::cos(lat_degrees * kDegToRad); }

}  // namespace corridor
