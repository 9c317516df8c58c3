#include "core/normalise/antimeridian.h"

#include <cmath>

#include "core/base/geometry_walk.h"

namespace corridor {
namespace {

bool usable_longitude(double x) { return std::isfinite(x) && std::abs(x) <= 180; }

// -1: a longitude out of [-180, 180] or not finite; 1: a jump of more than 180°; 0: neither.
int scan_longitudes(const OGRGeometry& g) {
    bool bad = false, jump = false;
    for_each_point(g, [&](double x, double) { bad = bad || !usable_longitude(x); });
    for_each_path(g, [&](const OGRSimpleCurve& path) {
        for (int i = 0; i < path.getNumPoints(); ++i) {
            bad = bad || !usable_longitude(path.getX(i));
            jump = jump || (i > 0 && std::abs(path.getX(i) - path.getX(i - 1)) > 180);
        }
    });
    return bad ? -1 : jump ? 1 : 0;
}

// GDAL's cut of one line or polygon. DATELINEOFFSET=180 makes its rule "a jump of more than
// 180°" (the default, 10, only sees jumps between points within 10° of the antimeridian).
// Its result is a single part when only one remains; collections are handled by the caller,
// as GDAL drops the points of a collection it cuts.
OGRGeometryUniquePtr gdal_cut(const OGRGeometry& part) {
    const char* options[] = {"WRAPDATELINE=YES", "DATELINEOFFSET=180", nullptr};
    OGRGeometryUniquePtr source(part.clone());
    source->assignSpatialReference(nullptr);  // GDAL cuts only geographic or unknown CRSs
    return OGRGeometryUniquePtr(
        OGRGeometryFactory::transformWithOptions(source.get(), nullptr, const_cast<char**>(options)));
}

// Adds `g`'s parts (itself if single) to `collection`.
void add_parts(OGRGeometryCollection& collection, const OGRGeometry& g) {
    if (OGR_GT_IsSubClassOf(g.getGeometryType(), wkbGeometryCollection)) {
        for (const OGRGeometry* part : *g.toGeometryCollection()) collection.addGeometry(part);
    } else {
        collection.addGeometry(&g);
    }
}

}  // namespace

bool crosses_antimeridian(const OGRGeometry& lonlat) { return scan_longitudes(lonlat) > 0; }

OGRGeometryUniquePtr cut_at_antimeridian(const OGRGeometry& lonlat) {
    if (!crosses_antimeridian(lonlat)) return nullptr;
    const OGRwkbGeometryType type = wkbFlatten(lonlat.getGeometryType());
    OGRGeometryUniquePtr out(OGRGeometryFactory::createGeometry(
        type == wkbPolygon ? wkbMultiPolygon : type == wkbLineString ? wkbMultiLineString : type));
    if (!out) return nullptr;
    out->assignSpatialReference(lonlat.getSpatialReference());
    if (type == wkbPolygon || type == wkbLineString) {
        OGRGeometryUniquePtr cut = gdal_cut(lonlat);
        if (!cut || cut->IsEmpty()) return nullptr;
        add_parts(*out->toGeometryCollection(), *cut);
    } else if (type == wkbMultiLineString || type == wkbMultiPolygon || type == wkbGeometryCollection) {
        for (const OGRGeometry* part : *lonlat.toGeometryCollection()) {
            if (!crosses_antimeridian(*part)) {
                out->toGeometryCollection()->addGeometry(part);
                continue;
            }
            OGRGeometryUniquePtr cut = cut_at_antimeridian(*part);
            if (!cut) return nullptr;
            if (type == wkbGeometryCollection) out->toGeometryCollection()->addGeometry(cut.get());
            else add_parts(*out->toGeometryCollection(), *cut);
        }
    } else {
        return nullptr;  // points and multipoints have no segments
    }
    return out;
}

}  // namespace corridor
