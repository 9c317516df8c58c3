#include "core/cartography/pole_of_inaccessibility.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>
#include <random>

#include <geos_c.h>
#include <ogr_geometry.h>

#include "core/base/geometry_walk.h"
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

// The signed distance as the search measured it before it passed runs of edges by: every edge
// of every ring, each ring closed, even-odd crossings of a ray to the right for the sign.
double signed_distance_measuring_every_edge(const OGRPolygon& polygon, double x, double y) {
    bool inside = false;
    double nearest = std::numeric_limits<double>::infinity();
    for (const OGRLinearRing* ring : polygon) {
        const int n = ring->getNumPoints();
        for (int i = 0, j = n - 1; i < n; j = i++) {
            const double ax = ring->getX(i), ay = ring->getY(i), by = ring->getY(j);
            const double dx = ring->getX(j) - ax, dy = by - ay, length2 = dx * dx + dy * dy;
            const double tx = x - ax, ty = y - ay;
            if ((ay > y) != (by > y) && tx < (dy != 0 ? dx / dy : 0) * ty) inside = !inside;
            const double t = std::clamp((tx * dx + ty * dy) * (length2 > 0 ? 1 / length2 : 0), 0.0, 1.0);
            const double ex = tx - dx * t, ey = ty - dy * t;
            nearest = std::min(nearest, ex * ex + ey * ey);
        }
    }
    return (inside ? 1 : -1) * std::sqrt(nearest);
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

// Passing runs of edges by must not change a single bit of the answer: on every real commune,
// at random points in and around it, at its vertices, at their heights (where a ray meets an
// edge's end) and halfway along its edges.
TEST(PoleOfInaccessibility, SignedDistanceIsTheSameAsMeasuringEveryEdgeOnEveryRealCommune) {
    std::mt19937 rng(7);
    size_t probes = 0, inside = 0;
    for (const Layer* layer : corridor::test::real_commune_layer_ptrs()) {
        for (const Feature& f : layer->features) {
            ASSERT_TRUE(f.mercator);
            for_each_polygon(*f.mercator, [&](const OGRPolygon& polygon) {
                OGREnvelope env;
                polygon.getEnvelope(&env);
                const double w = env.MaxX - env.MinX, h = env.MaxY - env.MinY;
                std::uniform_real_distribution<double> x(env.MinX - w / 4, env.MaxX + w / 4), y(env.MinY - h / 4, env.MaxY + h / 4);
                std::vector<MapPoint> points;
                for (int k = 0; k < 40; ++k) points.push_back({x(rng), y(rng)});
                const OGRLinearRing& shell = *polygon.getExteriorRing();
                for (int i = 0; i + 1 < shell.getNumPoints(); i += 7) {
                    points.push_back({shell.getX(i), shell.getY(i)});
                    points.push_back({x(rng), shell.getY(i)});
                    points.push_back({(shell.getX(i) + shell.getX(i + 1)) / 2, (shell.getY(i) + shell.getY(i + 1)) / 2});
                }
                for (const MapPoint& p : points) {
                    const double expected = signed_distance_measuring_every_edge(polygon, p.x, p.y);
                    const double got = signed_distance_to_edges(polygon, p.x, p.y);
                    ASSERT_EQ(got, expected) << f.id << " " << f.name << " at " << p.x << ", " << p.y;
                    ++probes, inside += got > 0;
                }
            });
        }
    }
    EXPECT_GT(probes, 50000u);
    EXPECT_GT(inside, probes / 10);  // the sign is tested both ways
}
