#include "core/measure/geodesic.h"

#include "core/base/geometry_walk.h"

#include <cmath>

#include <geodesic.h>

namespace corridor {

namespace {

const geod_geodesic& wgs84() {
    static const geod_geodesic g = [] {
        geod_geodesic e;
        geod_init(&e, 6378137.0, 1 / 298.257223563);
        return e;
    }();
    return g;
}

// GDAL 3.6 has no OGRSurface::get_GeodesicArea (3.9+), so the rings go to PROJ one by one.
double ring_area(const geod_geodesic& g, const OGRLinearRing& ring) {
    geod_polygon poly;
    geod_polygon_init(&poly, 0);
    int n = ring.getNumPoints();
    // The closing point repeats the first; PROJ closes the ring itself.
    if (n > 1 && ring.getX(0) == ring.getX(n - 1) && ring.getY(0) == ring.getY(n - 1)) --n;
    for (int i = 0; i < n; ++i) geod_polygon_addpoint(&g, &poly, ring.getY(i), ring.getX(i));
    double area = 0;
    geod_polygon_compute(&g, &poly, 0, 1, &area, nullptr);
    return std::fabs(area);
}

double area_of(const geod_geodesic& g, const OGRGeometry& geom) {
    double a = 0;
    for_each_polygon(geom, [&](const OGRPolygon& poly) {
        if (poly.IsEmpty()) return;
        a += ring_area(g, *poly.getExteriorRing());
        for (int i = 0; i < poly.getNumInteriorRings(); ++i) a -= ring_area(g, *poly.getInteriorRing(i));
    });
    return a;
}

}  // namespace

double geodesic_km(LonLat a, LonLat b) {
    double metres = 0;
    geod_inverse(&wgs84(), a.lat, a.lon, b.lat, b.lon, &metres, nullptr, nullptr);
    return metres / 1000;
}

bool within_km(LonLat a, LonLat b, double km) {
    constexpr double kLeastKmPerDegreeOfLatitude = 110.5;  // 110.574 at the equator, more towards the poles
    if (std::fabs(a.lat - b.lat) * kLeastKmPerDegreeOfLatitude > km) return false;
    return geodesic_km(a, b) <= km;
}

double geodesic_area_m2(const OGRGeometry& lonlat) { return area_of(wgs84(), lonlat); }

}  // namespace corridor
