#include "core/index/triangulate.h"

#include <cmath>

#include "core/base/geometry_walk.h"
#include "core/base/geos_context.h"
#include "core/index/ear_clip.h"

namespace corridor {
namespace {

double cross(const MapPoint& a, const MapPoint& b, const MapPoint& c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

double ring_area(const std::vector<MapPoint>& ring) {  // unsigned
    double sum = 0;
    for (size_t i = 0, j = ring.size() ? ring.size() - 1 : 0; i < ring.size(); j = i++)
        sum += (ring[j].x - ring[i].x) * (ring[j].y + ring[i].y);
    return std::abs(sum) / 2;
}

// GEOS's constrained Delaunay triangulation: slower, but it takes rings that touch themselves.
bool triangulate_with_geos(const OGRPolygon& polygon, std::vector<MapPoint>& vertices, std::vector<uint32_t>& indices) {
    static thread_local GeosContext context;
    GEOSContextHandle_t ctx = context.handle;
    GeosGeom input{ctx, polygon.exportToGEOS(ctx)};
    if (!input.g) return false;
    GeosGeom triangles{ctx, GEOSConstrainedDelaunayTriangulation_r(ctx, input.g)};
    if (!triangles.g) return false;
    const int count = GEOSGetNumGeometries_r(ctx, triangles.g);
    for (int t = 0; t < count; ++t) {
        const GEOSGeometry* shell = GEOSGetExteriorRing_r(ctx, GEOSGetGeometryN_r(ctx, triangles.g, t));
        const GEOSCoordSequence* seq = shell ? GEOSGeom_getCoordSeq_r(ctx, shell) : nullptr;
        unsigned int n = 0;
        if (!seq || !GEOSCoordSeq_getSize_r(ctx, seq, &n) || n < 4) return false;
        MapPoint p[3];
        for (unsigned int i = 0; i < 3; ++i)
            if (!GEOSCoordSeq_getXY_r(ctx, seq, i, &p[i].x, &p[i].y)) return false;
        if (cross(p[0], p[1], p[2]) < 0) std::swap(p[1], p[2]);
        for (const MapPoint& q : p) {
            indices.push_back(uint32_t(vertices.size()));
            vertices.push_back(q);
        }
    }
    return true;
}

bool triangulate_polygon(const OGRPolygon& polygon, std::vector<MapPoint>& vertices, std::vector<uint32_t>& indices) {
    if (polygon.IsEmpty()) return true;
    static thread_local std::vector<std::vector<MapPoint>> rings;  // reused: no allocation per vertex
    rings.resize(size_t(polygon.getNumInteriorRings()) + 1);
    size_t r = 0;
    for (const OGRLinearRing* ring : polygon) {
        auto& pts = rings[r++];
        pts.resize(size_t(ring->getNumPoints()));
        for (int i = 0; i < ring->getNumPoints(); ++i) pts[size_t(i)] = {ring->getX(i), ring->getY(i)};
        if (pts.size() > 1 && pts.front() == pts.back()) pts.pop_back();  // a corner once, not twice
    }
    const size_t first_vertex = vertices.size(), first_index = indices.size();
    static thread_local std::vector<uint32_t> tris;
    tris.clear();
    ear_clip(rings, tris);

    // The triangles must add up to the shell less its holes; if not (a ring crossing itself or
    // a hole outside its shell), ear clipping guessed, and GEOS decides.
    double expected = ring_area(rings[0]);
    for (size_t k = 1; k < rings.size(); ++k) expected -= ring_area(rings[k]);
    for (const auto& ring : rings) vertices.insert(vertices.end(), ring.begin(), ring.end());
    double got = 0;
    for (size_t t = 0; t + 2 < tris.size(); t += 3) {
        uint32_t a = tris[t], b = tris[t + 1], c = tris[t + 2];
        const double area = cross(vertices[first_vertex + a], vertices[first_vertex + b], vertices[first_vertex + c]);
        if (area < 0) std::swap(b, c);
        got += std::abs(area) / 2;
        for (uint32_t i : {a, b, c}) indices.push_back(uint32_t(first_vertex) + i);
    }
    // Relative: the sums' rounding grows with the coordinates (Web Mercator metres).
    if (std::abs(got - expected) <= 1e-6 * std::abs(expected) || (got == 0 && expected <= 0)) return true;
    vertices.resize(first_vertex);
    indices.resize(first_index);
    if (triangulate_with_geos(polygon, vertices, indices)) return true;
    vertices.resize(first_vertex);
    indices.resize(first_index);
    return false;
}

}  // namespace

bool triangulate_polygons(const OGRGeometry& geometry, std::vector<MapPoint>& vertices, std::vector<uint32_t>& indices) {
    // Each polygon on its own: a collection may mix in lines or points (nothing to fill).
    const size_t first_vertex = vertices.size(), first_index = indices.size();
    bool ok = true;
    for_each_polygon(geometry, [&](const OGRPolygon& polygon) { ok = ok && triangulate_polygon(polygon, vertices, indices); });
    if (!ok) vertices.resize(first_vertex), indices.resize(first_index);
    return ok;
}

bool triangulate_polygons(const OGRGeometry& geometry, std::vector<MapPoint>& out) {
    std::vector<MapPoint> vertices;
    std::vector<uint32_t> indices;
    if (!triangulate_polygons(geometry, vertices, indices)) return false;
    for (uint32_t i : indices) out.push_back(vertices[i]);
    return true;
}

}  // namespace corridor
