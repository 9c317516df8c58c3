#include "core/cartography/pole_of_inaccessibility.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <memory>

#include <geos_c.h>
#include <ogr_geometry.h>

#include "real_geodata.h"
#include "wkt_geometry.h"

using namespace corridor;

namespace {

std::unique_ptr<OGRPolygon> polygon(const char* wkt) {
    std::unique_ptr<OGRGeometry> g = from_wkt(wkt);
    if (!g || wkbFlatten(g->getGeometryType()) != wkbPolygon) return nullptr;
    return std::unique_ptr<OGRPolygon>(g.release()->toPolygon());
}

bool contains(const OGRGeometry& area, MapPoint p) {
    OGRPoint point(p.x, p.y);
    return area.Contains(&point);
}

// GEOS's own search for the same point (its maximum inscribed circle), as the reference.
double geos_inscribed_radius(const OGRPolygon& part, double precision) {
    GEOSContextHandle_t h = GEOS_init_r();
    GEOSGeometry* g = part.exportToGEOS(h);
    GEOSGeometry* line = g ? GEOSMaximumInscribedCircle_r(h, g, precision) : nullptr;
    double radius = -1;
    if (line) GEOSGeomGetLength_r(h, line, &radius);
    if (line) GEOSGeom_destroy_r(h, line);
    if (g) GEOSGeom_destroy_r(h, g);
    GEOS_finish_r(h);
    return radius;
}

}  // namespace

TEST(PoleOfInaccessibility, SquareHasItsCentre) {
    const auto square = polygon("POLYGON((0 0,10 0,10 10,0 10,0 0))");
    ASSERT_TRUE(square);
    const Pole pole = pole_of_inaccessibility(*square, 0.01);
    EXPECT_NEAR(pole.point.x, 5, 0.02);
    EXPECT_NEAR(pole.point.y, 5, 0.02);
    EXPECT_NEAR(pole.distance, 5, 0.01);
}

TEST(PoleOfInaccessibility, AHoleIsAnEdgeToKeepAwayFrom) {
    // With a 2x2 hole in the middle the best points lie towards the corners: at (t, t) the shell
    // is t away and the hole's corner sqrt(2) (4 - t), equal at t = 4 sqrt(2) / (1 + sqrt(2)).
    const auto holed = polygon("POLYGON((0 0,10 0,10 10,0 10,0 0),(4 4,6 4,6 6,4 6,4 4))");
    ASSERT_TRUE(holed);
    const Pole pole = pole_of_inaccessibility(*holed, 0.001);
    const double best = 4 * std::sqrt(2.0) / (1 + std::sqrt(2.0));
    EXPECT_NEAR(pole.distance, best, 0.002);
    EXPECT_TRUE(contains(*holed, pole.point));
    EXPECT_NEAR(signed_distance_to_edges(*holed, pole.point.x, pole.point.y), pole.distance, 1e-9);
}

TEST(PoleOfInaccessibility, SignedDistanceIsNegativeOutsideAndInHoles) {
    const auto holed = polygon("POLYGON((0 0,10 0,10 10,0 10,0 0),(4 4,6 4,6 6,4 6,4 4))");
    ASSERT_TRUE(holed);
    EXPECT_DOUBLE_EQ(signed_distance_to_edges(*holed, 15, 5), -5);
    EXPECT_DOUBLE_EQ(signed_distance_to_edges(*holed, 5, 5), -1);  // in the hole
    EXPECT_DOUBLE_EQ(signed_distance_to_edges(*holed, 1, 5), 1);
    // An open ring (no repeated last point) is closed all the same.
    const auto open = polygon("POLYGON((0 0,10 0,10 10,0 10))");
    ASSERT_TRUE(open);
    EXPECT_DOUBLE_EQ(signed_distance_to_edges(*open, 1, 5), 1);
}

TEST(PoleOfInaccessibility, DegenerateInputFindsNoInsidePointAndReturns) {
    for (const char* wkt : {"POLYGON EMPTY", "POLYGON((0 0,10 10,20 20,0 0))", "POLYGON((3 3,3 3,3 3,3 3))"}) {
        const auto p = polygon(wkt);
        ASSERT_TRUE(p) << wkt;
        EXPECT_LE(pole_of_inaccessibility(*p, 0.01).distance, 0) << wkt;
    }
    OGRPolygon bad;
    OGRLinearRing ring;
    ring.addPoint(0, 0), ring.addPoint(std::numeric_limits<double>::quiet_NaN(), 1), ring.addPoint(1, 1), ring.addPoint(0, 0);
    bad.addRing(&ring);
    EXPECT_LE(pole_of_inaccessibility(bad, 0.01).distance, 0);
    // A sliver a billion times longer than wide starts with 64 cells, not a billion, and a
    // precision below what doubles hold there stops at the probe bound.
    const auto sliver = polygon("POLYGON((0 0,1000000 0,1000000 0.001,0 0.001,0 0))");
    ASSERT_TRUE(sliver);
    const Pole thin = pole_of_inaccessibility(*sliver, 1e-12);
    EXPECT_NEAR(thin.distance, 0.0005, 1e-6);
}

// Against GEOS's maximum inscribed circle, on every real commune: both searches stop within the
// precision of the best radius, so neither finds a radius more than twice that above the other.
TEST(PoleOfInaccessibility, MatchesGeosOnEveryRealCommune) {
    size_t checked = 0;
    for (const Layer* layer : corridor::test::real_commune_layer_ptrs()) {
        for (const Feature& f : layer->features) {
            ASSERT_TRUE(f.mercator);
            const OGRPolygon* largest = nullptr;
            if (wkbFlatten(f.mercator->getGeometryType()) == wkbPolygon) largest = f.mercator->toPolygon();
            else
                for (const OGRGeometry* part : *f.mercator->toGeometryCollection())
                    if (!largest || part->toPolygon()->get_Area() > largest->get_Area()) largest = part->toPolygon();
            ASSERT_TRUE(largest) << f.id;
            OGREnvelope env;
            largest->getEnvelope(&env);
            const double precision = std::max(env.MaxX - env.MinX, env.MaxY - env.MinY) / 500;
            const Pole pole = pole_of_inaccessibility(*largest, precision);
            EXPECT_TRUE(contains(*largest, pole.point)) << f.id << " " << f.name;
            const double geos = geos_inscribed_radius(*largest, precision);
            EXPECT_NEAR(pole.distance, geos, 2 * precision) << f.id << " " << f.name;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 701u + 351u);
}
