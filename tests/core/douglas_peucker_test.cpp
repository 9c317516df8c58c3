#include "core/cartography/douglas_peucker.h"

#include <gtest/gtest.h>

#include <memory>

#include <ogr_geometry.h>

#include "real_geodata.h"
#include "wkt_geometry.h"

using namespace corridor;

namespace {

std::string wkt(const OGRGeometry& g) {
    char* text = nullptr;
    g.exportToWkt(&text);
    std::string out = text ? text : "";
    CPLFree(text);
    return out;
}

std::unique_ptr<OGRGeometry> simplified(const char* geometry_wkt, double tolerance) {
    const std::unique_ptr<OGRGeometry> g = from_wkt(geometry_wkt);
    return g ? simplify_paths(*g, tolerance) : nullptr;
}

}  // namespace

TEST(DouglasPeucker, ALineKeepsItsEndsAndLosesItsWiggles) {
    const auto line = simplified("LINESTRING(0 0,5 0.1,10 0,15 -0.1,20 0,20 10)", 0.5);
    ASSERT_TRUE(line);
    EXPECT_EQ(wkt(*line), "LINESTRING (0 0,20 0,20 10)");
    // Within the tolerance of nothing: the two ends are left.
    EXPECT_EQ(wkt(*simplified("LINESTRING(0 0,1 0.1,2 0)", 0.5)), "LINESTRING (0 0,2 0)");
    // A point of a wiggle larger than the tolerance stays.
    EXPECT_EQ(wkt(*simplified("LINESTRING(0 0,5 2,10 0)", 0.5)), "LINESTRING (0 0,5 2,10 0)");
}

TEST(DouglasPeucker, ARingStaysClosedAndAHoleUnderTheToleranceGoes) {
    const auto polygon = simplified("POLYGON((0 0,5 0.1,10 0,10 10,0 10,0 0),(4 4,4.2 4,4.2 4.2,4 4.2,4 4))", 0.5);
    ASSERT_TRUE(polygon);
    EXPECT_EQ(wkt(*polygon), "POLYGON ((0 0,10 0,10 10,0 10,0 0))");
    // A hole larger than the tolerance is kept, simplified.
    const auto holed = simplified("POLYGON((0 0,10 0,10 10,0 10,0 0),(2 2,5 2.1,8 2,8 8,2 8,2 2))", 0.5);
    ASSERT_TRUE(holed);
    EXPECT_EQ(wkt(*holed), "POLYGON ((0 0,10 0,10 10,0 10,0 0),(2 2,8 2,8 8,2 8,2 2))");
}

TEST(DouglasPeucker, APolygonUnderTheToleranceIsLeftEmptyAndAMultiPolygonDropsIt) {
    const auto speck = simplified("POLYGON((0 0,0.2 0,0.2 0.2,0 0.2,0 0))", 0.5);
    ASSERT_TRUE(speck);
    EXPECT_TRUE(speck->IsEmpty());
    EXPECT_EQ(wkbFlatten(speck->getGeometryType()), wkbPolygon);
    const auto islands = simplified("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0)),((20 0,20.2 0,20.2 0.2,20 0.2,20 0)))", 0.5);
    ASSERT_TRUE(islands);
    EXPECT_EQ(wkt(*islands), "MULTIPOLYGON (((0 0,10 0,10 10,0 10,0 0)))");
    const auto lines = simplified("MULTILINESTRING((0 0,5 0.1,10 0),(0 5,1 5))", 0.5);
    ASSERT_TRUE(lines);
    EXPECT_EQ(wkt(*lines), "MULTILINESTRING ((0 0,10 0),(0 5,1 5))");
}

TEST(DouglasPeucker, ShortAndEmptyInputComeBackAsTheyAre) {
    EXPECT_EQ(wkt(*simplified("LINESTRING(0 0,1 1)", 5)), "LINESTRING (0 0,1 1)");
    EXPECT_TRUE(simplified("LINESTRING EMPTY", 5)->IsEmpty());
    EXPECT_TRUE(simplified("POLYGON EMPTY", 5)->IsEmpty());
    EXPECT_TRUE(simplified("GEOMETRYCOLLECTION EMPTY", 5)->IsEmpty());
    // Points are not paths: OGR's Simplify takes them, and keeps them.
    const auto point = simplified("POINT(3 4)", 5);
    ASSERT_TRUE(point);
    EXPECT_EQ(wkt(*point), "POINT (3 4)");
}

// Path by path it is GEOS's own Douglas-Peucker: wherever OGR's Simplify (the same simplifier,
// on the whole polygon) had nothing to repair, both give the same rings, on every real commune.
TEST(DouglasPeucker, MatchesOgrSimplifyOnEveryRealCommuneItLeavesValid) {
    size_t same = 0, repaired = 0;
    for (const Layer* layer : corridor::test::real_commune_layer_ptrs()) {
        for (const Feature& f : layer->features) {
            ASSERT_TRUE(f.mercator);
            const double tolerance = 250;  // metres: the map's level for about 1:1,000,000
            const std::unique_ptr<OGRGeometry> ours = simplify_paths(*f.mercator, tolerance);
            const std::unique_ptr<OGRGeometry> ogr(f.mercator->Simplify(tolerance));
            ASSERT_TRUE(ours) << f.id;
            ASSERT_TRUE(ogr) << f.id;
            if (!ours->IsValid()) {  // OGR's result was repaired: it differs, and is valid
                EXPECT_TRUE(ogr->IsValid()) << f.id;
                ++repaired;
                continue;
            }
            EXPECT_TRUE(ours->Equals(ogr.get())) << f.id << " " << f.name;
            ++same;
        }
    }
    EXPECT_EQ(same + repaired, 701u + 351u);
    EXPECT_GT(same, 1000u);
}
