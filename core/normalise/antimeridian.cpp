#include "core/normalise/antimeridian.h"

#include <cmath>

namespace corridor {
namespace {

bool usable_longitude(double x) { return std::isfinite(x) && std::abs(x) <= 180; }

int scan_longitudes(const OGRGeometry& g);

// The rings of a polygon or the members of a collection: -1 as soon as one has a bad longitude.
template <class Parts>
int scan_parts(const Parts& parts) {
    int found = 0;
    for (const auto* part : parts) {
        int r = scan_longitudes(*part);
        if (r < 0) return r;
        found |= r;
    }
    return found;
}

// -1: a longitude out of [-180, 180] or not finite; 1: a jump of more than 180°; 0: neither.
int scan_longitudes(const OGRGeometry& g) {
    switch (wkbFlatten(g.getGeometryType())) {
        case wkbPoint: return usable_longitude(g.toPoint()->getX()) ? 0 : -1;
        case wkbLineString:
        case wkbLinearRing: {
            const OGRSimpleCurve& line = *g.toSimpleCurve();
            int found = 0;
            for (int i = 0; i < line.getNumPoints(); ++i) {
                if (!usable_longitude(line.getX(i))) return -1;
                if (i > 0 && std::abs(line.getX(i) - line.getX(i - 1)) > 180) found = 1;
            }
            return found;
        }
        case wkbPolygon: return scan_parts(*g.toPolygon());
        case wkbMultiPoint:
        case wkbMultiLineString:
        case wkbMultiPolygon:
        case wkbGeometryCollection: return scan_parts(*g.toGeometryCollection());
        default: return 0;  // curves: not in GeoJSON
    }
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
