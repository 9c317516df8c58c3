#include "core/index/triangulate.h"

#include <cmath>
#include <memory>

#include <gtest/gtest.h>

#include "tests/core/wkt_geometry.h"
#include <ogr_geometry.h>

namespace corridor {
namespace {


double signed_area(const MapPoint& a, const MapPoint& b, const MapPoint& c) {
    return 0.5 * ((b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x));
}

double total_area(const std::vector<MapPoint>& tris) {
    double sum = 0;
    for (size_t i = 0; i + 2 < tris.size(); i += 3) sum += signed_area(tris[i], tris[i + 1], tris[i + 2]);
    return sum;
}

TEST(Triangulate, SquareWithSquareHoleCoversExactlyTheRing) {
    // 10x10 square minus a 4x4 hole in the middle: area 100 - 16 = 84.
    auto g = from_wkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(3 3,3 7,7 7,7 3,3 3))");
    std::vector<MapPoint> tris;
    ASSERT_TRUE(triangulate_polygons(*g, tris));
    ASSERT_EQ(tris.size() % 3, 0u);
    ASSERT_GE(tris.size(), 3u * 8);  // a ring with 8 corners needs at least 8 triangles
    EXPECT_NEAR(total_area(tris), 84.0, 1e-9);
    for (size_t i = 0; i < tris.size(); i += 3) {
        EXPECT_GT(signed_area(tris[i], tris[i + 1], tris[i + 2]), 0) << "triangle " << i / 3 << " not CCW";
        double cx = (tris[i].x + tris[i + 1].x + tris[i + 2].x) / 3;
        double cy = (tris[i].y + tris[i + 1].y + tris[i + 2].y) / 3;
        EXPECT_FALSE(cx > 3 && cx < 7 && cy > 3 && cy < 7) << "centroid in the hole: " << cx << "," << cy;
    }
}

TEST(Triangulate, MultiPolygonSumsItsParts) {
    // Two unit-ish squares far apart: 2*2 + 3*3 = 13.
    auto g = from_wkt("MULTIPOLYGON(((0 0,2 0,2 2,0 2,0 0)),((10 10,13 10,13 13,10 13,10 10)))");
    std::vector<MapPoint> tris;
    ASSERT_TRUE(triangulate_polygons(*g, tris));
    EXPECT_NEAR(total_area(tris), 13.0, 1e-9);
    size_t in_second = 0;
    for (const MapPoint& p : tris) in_second += p.x >= 10;
    EXPECT_GT(in_second, 0u);
    EXPECT_LT(in_second, tris.size());
}

TEST(Triangulate, AppendsToWhatIsThere) {
    auto g = from_wkt("POLYGON((0 0,1 0,0 1,0 0))");
    std::vector<MapPoint> tris(3, MapPoint{5, 5});
    ASSERT_TRUE(triangulate_polygons(*g, tris));
    ASSERT_EQ(tris.size(), 6u);
    EXPECT_EQ(tris[0].x, 5);
    EXPECT_NEAR(signed_area(tris[3], tris[4], tris[5]), 0.5, 1e-12);
}

TEST(Triangulate, NonPolygonsAndEmptyGiveNothing) {
    std::vector<MapPoint> tris;
    EXPECT_TRUE(triangulate_polygons(*from_wkt("LINESTRING(0 0,1 1)"), tris));
    EXPECT_TRUE(triangulate_polygons(*from_wkt("POINT(1 1)"), tris));
    EXPECT_TRUE(triangulate_polygons(*from_wkt("POLYGON EMPTY"), tris));
    EXPECT_TRUE(tris.empty());
}

TEST(Triangulate, InvalidInputDoesNotCrash) {
    // A bow-tie (self-intersecting shell) and a polygon whose hole lies outside its shell.
    for (const char* wkt : {"POLYGON((0 0,10 10,10 0,0 10,0 0))",
                            "POLYGON((0 0,1 0,1 1,0 1,0 0),(5 5,6 5,6 6,5 6,5 5))",
                            "POLYGON((0 0,0 0,0 0,0 0))"}) {
        std::vector<MapPoint> tris;
        bool ok = triangulate_polygons(*from_wkt(wkt), tris);
        if (!ok) {
            EXPECT_TRUE(tris.empty()) << wkt;
        }
        EXPECT_EQ(tris.size() % 3, 0u) << wkt;
        for (const MapPoint& p : tris) EXPECT_TRUE(std::isfinite(p.x) && std::isfinite(p.y)) << wkt;
    }
}

TEST(Triangulate, IndexedOutputUsesTheRingsCorners) {
    auto g = from_wkt("POLYGON((0 0,10 0,10 10,0 10,0 0),(3 3,3 7,7 7,7 3,3 3))");
    std::vector<MapPoint> vertices{{-1, -1}};
    std::vector<uint32_t> indices;
    ASSERT_TRUE(triangulate_polygons(*g, vertices, indices));
    ASSERT_EQ(indices.size() % 3, 0u);
    double area = 0;
    for (size_t i = 0; i < indices.size(); i += 3) {
        for (size_t k = 0; k < 3; ++k) ASSERT_GE(indices[i + k], 1u) << "points before the call are not used";
        area += signed_area(vertices[indices[i]], vertices[indices[i + 1]], vertices[indices[i + 2]]);
    }
    EXPECT_NEAR(area, 84.0, 1e-9);
    EXPECT_EQ(vertices.size(), 1u + 8u);  // each ring corner once (not the closing repeat), nothing added
}

TEST(Triangulate, RingTouchingItselfStillCoversItsArea) {
    // The shell passes through (5 5) twice (an inverted hole, valid for OGR): ear clipping's
    // triangles must add up to the area, or GEOS takes over; either way the cover is exact.
    auto g = from_wkt("POLYGON((0 0,10 0,10 10,5 5,7 3,3 3,5 5,0 10,0 0))");
    std::vector<MapPoint> tris;
    ASSERT_TRUE(triangulate_polygons(*g, tris));
    EXPECT_NEAR(total_area(tris), g->toPolygon()->get_Area(), 1e-9);
}

TEST(Triangulate, DensifiedPolygonMatchesItsArea) {
    // A commune-sized square densified to 40,000 points, in Web Mercator metres.
    auto g = from_wkt("POLYGON((-500000 1500000,-480000 1500000,-480000 1520000,-500000 1520000,-500000 1500000))");
    g->segmentize(2.0);
    std::vector<MapPoint> tris;
    ASSERT_TRUE(triangulate_polygons(*g, tris));
    EXPECT_NEAR(total_area(tris), 4e8, 1e-3);
}

}  // namespace
}  // namespace corridor
