// append_thinned keeps a vertex where it lies the tolerance or more from the last one kept, and
// every path's first and last; what it drops lies within the tolerance of a vertex kept.
#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>
#include <ogr_geometry.h>

#include "core/base/geometry_walk.h"
#include "core/cartography/thinned_lines.h"
#include "real_geodata.h"

using namespace corridor;

namespace {

double distance(MapPoint a, MapPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }

// A closed ring of `n` points on a wobbly circle of radius r around (cx, cy), each point moved
// a little at random along it.
OGRLinearRing* wobbly_ring(double cx, double cy, double r, int n, std::mt19937& rng) {
    std::uniform_real_distribution<double> jitter(-0.3, 0.3);
    auto* ring = new OGRLinearRing;
    for (int i = 0; i < n; ++i) {
        const double a = 2 * M_PI * (i + jitter(rng)) / n, rr = r * (1 + 0.1 * std::sin(7 * a));
        ring->addPoint(cx + rr * std::cos(a), cy + rr * std::sin(a));
    }
    ring->closeRings();
    return ring;
}

// Checks `out`'s lines against the paths of `g`, in order: each line's points are points of its
// path, in order, starting with its first and ending with its last; consecutive kept points
// are `tolerance` apart (but for the last); each dropped point is within `tolerance` of the
// point kept before it. A ring that lies whole within `tolerance` of its first point has no line.
void expect_thinned(const OGRGeometry& g, double tolerance, const Polylines& out) {
    size_t line = 0;
    for_each_path(g, [&](const OGRSimpleCurve& path) {
        const MapPoint first{path.getX(0), path.getY(0)};
        double farthest = 0;
        for (int i = 1; i < path.getNumPoints(); ++i) farthest = std::max(farthest, distance(first, {path.getX(i), path.getY(i)}));
        if (farthest < tolerance && path.get_IsClosed()) return;
        ASSERT_LT(line, out.line_count());
        const size_t begin = out.starts[line], end = out.end_of(line);
        ASSERT_GE(end - begin, 2u);
        size_t kept = begin;
        MapPoint last{path.getX(0), path.getY(0)};
        EXPECT_EQ(out.points[kept].x, last.x);
        EXPECT_EQ(out.points[kept].y, last.y);
        ++kept;
        for (int i = 1; i < path.getNumPoints(); ++i) {
            const MapPoint p{path.getX(i), path.getY(i)};
            if (kept < end && out.points[kept].x == p.x && out.points[kept].y == p.y) {
                if (kept + 1 < end) {
                    EXPECT_GE(distance(p, last), tolerance) << "point " << i;
                }
                last = p, ++kept;
            } else {
                EXPECT_LT(distance(p, last), tolerance) << "dropped point " << i << " lies too far from the last kept";
            }
        }
        EXPECT_EQ(kept, end) << "every kept point is a point of the path, in order";
        EXPECT_EQ(out.points[end - 1].x, path.getX(path.getNumPoints() - 1));
        EXPECT_EQ(out.points[end - 1].y, path.getY(path.getNumPoints() - 1));
        ++line;
    });
    EXPECT_EQ(line, out.line_count());
}

}  // namespace

TEST(ThinnedLines, KeepsPointsTheToleranceApartAndEveryPathsEnds) {
    std::mt19937 rng(3);
    OGRMultiPolygon polygons;
    auto* holed = new OGRPolygon;
    holed->addRingDirectly(wobbly_ring(0, 0, 10000, 5000, rng));
    holed->addRingDirectly(wobbly_ring(0, 0, 4000, 2000, rng));
    polygons.addGeometryDirectly(holed);
    auto* other = new OGRPolygon;
    other->addRingDirectly(wobbly_ring(50000, 0, 6000, 3000, rng));
    polygons.addGeometryDirectly(other);

    Polylines out;
    append_thinned(polygons, 500, out);
    ASSERT_EQ(out.line_count(), 3u);
    expect_thinned(polygons, 500, out);
    // The outer ring, some 63 km round, keeps about one point in 500 m, not its 5,000.
    EXPECT_GT(out.end_of(0) - out.starts[0], 80u);
    EXPECT_LT(out.end_of(0) - out.starts[0], 200u);
    // Rings stay closed.
    for (size_t line = 0; line < out.line_count(); ++line) {
        EXPECT_EQ(out.points[out.starts[line]].x, out.points[out.end_of(line) - 1].x);
        EXPECT_EQ(out.points[out.starts[line]].y, out.points[out.end_of(line) - 1].y);
    }
}

TEST(ThinnedLines, LinesKeepTheirLastPointAndAppendAfterWhatIsThere) {
    OGRLineString line;
    for (int i = 0; i <= 1000; ++i) line.addPoint(i * 7.0, std::sin(i / 30.0) * 300);  // 7 km, wavy
    Polylines out;
    out.points.push_back({1, 2});  // an earlier line, left as it is
    out.starts.push_back(0);
    out.points.push_back({3, 4});
    append_thinned(line, 100, out);
    ASSERT_EQ(out.line_count(), 2u);
    EXPECT_EQ(out.starts[1], 2u);
    EXPECT_EQ(out.points[1].x, 3);
    EXPECT_EQ(out.points.back().x, 7000);
    Polylines alone;
    append_thinned(line, 100, alone);
    expect_thinned(line, 100, alone);
    EXPECT_EQ(alone.points.size(), out.points.size() - 2);
}

TEST(ThinnedLines, WhatTheToleranceSwallowsAndPointsAddNothing) {
    std::mt19937 rng(5);
    OGRPolygon tiny;
    tiny.addRingDirectly(wobbly_ring(0, 0, 40, 50, rng));  // 80 m across, at a 500 m tolerance
    OGRPoint point(10, 10);
    OGRLineString single;
    single.addPoint(0, 0);
    OGRLineString empty;
    OGRGeometryCollection mixed;
    mixed.addGeometry(&point);
    mixed.addGeometry(&tiny);
    mixed.addGeometry(&single);
    mixed.addGeometry(&empty);
    Polylines out;
    for (const OGRGeometry* g : {static_cast<const OGRGeometry*>(&tiny), static_cast<const OGRGeometry*>(&point),
                                 static_cast<const OGRGeometry*>(&mixed)})
        append_thinned(*g, 500, out);
    EXPECT_EQ(out.line_count(), 0u);
    EXPECT_TRUE(out.points.empty());
    // A short open line still keeps both its ends.
    OGRLineString segment;
    segment.addPoint(0, 0);
    segment.addPoint(30, 0);
    append_thinned(segment, 500, out);
    EXPECT_EQ(out.line_count(), 1u);
    EXPECT_EQ(out.points.size(), 2u);
}

TEST(ThinnedLines, RealCommunesThinnedToTheMapsOpeningPixels) {
    // Both countries' communes at the preview's 2.9 km: a few percent of their 97,000 points.
    size_t points = 0, kept = 0;
    for (const Layer* layer : test::real_commune_layer_ptrs()) {
        Polylines out;
        for (const Feature& f : layer->features) {
            if (!f.mercator) continue;
            for_each_path(*f.mercator, [&](const OGRSimpleCurve& path) { points += size_t(path.getNumPoints()); });
            append_thinned(*f.mercator, 2900, out);
            expect_thinned(*f.mercator, 2900, [&] {
                Polylines one;
                append_thinned(*f.mercator, 2900, one);
                return one;
            }());
        }
        kept += out.points.size();
    }
    EXPECT_GT(points, 90000u);
    EXPECT_GT(kept, points / 50);
    EXPECT_LT(kept, points / 2);
}
