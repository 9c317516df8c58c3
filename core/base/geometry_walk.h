#pragma once
// The one walk over an OGR geometry's parts. Code that reads geometry (meshes, areas, shared
// edges, outlines, label anchors, triangulation) visits polygons, rings, paths or points
// through these instead of switching on geometry types itself. Multi* geometries and
// GeometryCollections are entered recursively; parts of other kinds are skipped.
// Hand-written: GDAL has no visitor over parts by kind (OGRDefaultConstGeometryVisitor visits
// points only, and not for every type).
#include <ogr_geometry.h>

namespace corridor {

// visit(const OGRPolygon&) for every polygon, empty ones included.
template <class Visit>
void for_each_polygon(const OGRGeometry& g, Visit&& visit) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPolygon: visit(*g.toPolygon()); break;
    case wkbMultiPolygon:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g.toGeometryCollection()) for_each_polygon(*part, visit);
        break;
    default: break;
    }
}

// visit(const OGRLinearRing&) for every ring of every polygon, exterior first.
template <class Visit>
void for_each_ring(const OGRGeometry& g, Visit&& visit) {
    for_each_polygon(g, [&](const OGRPolygon& polygon) {
        for (const OGRLinearRing* ring : polygon) visit(*ring);
    });
}

// visit(const OGRSimpleCurve&) for every linear path: polygon rings and lines as they are.
template <class Visit>
void for_each_path(const OGRGeometry& g, Visit&& visit) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbLineString:
    case wkbLinearRing: visit(*g.toSimpleCurve()); break;
    case wkbPolygon:
        for (const OGRLinearRing* ring : *g.toPolygon()) visit(*ring);
        break;
    case wkbMultiPolygon:
    case wkbMultiLineString:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g.toGeometryCollection()) for_each_path(*part, visit);
        break;
    default: break;
    }
}

// visit(x, y) for every non-empty point.
template <class Visit>
void for_each_point(const OGRGeometry& g, Visit&& visit) {
    switch (wkbFlatten(g.getGeometryType())) {
    case wkbPoint:
        if (!g.IsEmpty()) visit(g.toPoint()->getX(), g.toPoint()->getY());
        break;
    case wkbMultiPoint:
    case wkbGeometryCollection:
        for (const OGRGeometry* part : *g.toGeometryCollection()) for_each_point(*part, visit);
        break;
    default: break;
    }
}

}  // namespace corridor
