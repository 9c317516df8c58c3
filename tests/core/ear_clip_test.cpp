#include "core/index/ear_clip.h"

#include <cmath>
#include <random>

#include <gtest/gtest.h>

namespace corridor {
namespace {

using Rings = std::vector<std::vector<MapPoint>>;

std::vector<MapPoint> all_points(const Rings& rings) {
    std::vector<MapPoint> pts;
    for (const auto& r : rings) pts.insert(pts.end(), r.begin(), r.end());
    return pts;
}

double cross(const MapPoint& a, const MapPoint& b, const MapPoint& c) {
    return (b.x - a.x) * (c.y - a.y) - (b.y - a.y) * (c.x - a.x);
}

double ring_area(const std::vector<MapPoint>& r) {
    double sum = 0;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++) sum += r[j].x * r[i].y - r[i].x * r[j].y;
    return std::abs(sum) / 2;
}

bool inside_ring(const std::vector<MapPoint>& r, double x, double y) {
    bool in = false;
    for (size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
        if ((r[i].y > y) != (r[j].y > y) && x < (r[j].x - r[i].x) * (y - r[i].y) / (r[j].y - r[i].y) + r[i].x) in = !in;
    return in;
}

// Every triangle counter-clockwise with its centre in the polygon (in the shell, in no hole),
// and together they cover exactly the shell less the holes: no gap, no overlap.
void expect_exact_cover(const Rings& rings, const std::vector<uint32_t>& tris) {
    const auto pts = all_points(rings);
    ASSERT_EQ(tris.size() % 3, 0u);
    double expected = ring_area(rings[0]);
    for (size_t k = 1; k < rings.size(); ++k) expected -= ring_area(rings[k]);
    double sum = 0;
    for (size_t t = 0; t < tris.size(); t += 3) {
        ASSERT_LT(tris[t], pts.size());
        ASSERT_LT(tris[t + 1], pts.size());
        ASSERT_LT(tris[t + 2], pts.size());
        const MapPoint &a = pts[tris[t]], &b = pts[tris[t + 1]], &c = pts[tris[t + 2]];
        const double area = cross(a, b, c) / 2;
        EXPECT_GE(area, 0) << "triangle " << t / 3 << " clockwise";
        sum += std::abs(area);
        if (area > 1e-9 * expected) {
            const double cx = (a.x + b.x + c.x) / 3, cy = (a.y + b.y + c.y) / 3;
            EXPECT_TRUE(inside_ring(rings[0], cx, cy)) << "triangle " << t / 3 << " outside the shell";
            for (size_t k = 1; k < rings.size(); ++k)
                EXPECT_FALSE(inside_ring(rings[k], cx, cy)) << "triangle " << t / 3 << " in hole " << k;
        }
    }
    EXPECT_NEAR(sum, expected, 1e-9 * expected);
}

std::vector<MapPoint> square(double x0, double y0, double size, bool ccw = true) {
    std::vector<MapPoint> r{{x0, y0}, {x0 + size, y0}, {x0 + size, y0 + size}, {x0, y0 + size}};
    if (!ccw) std::reverse(r.begin(), r.end());
    return r;
}

// A star with n points at random radii: very concave, many reflex corners.
std::vector<MapPoint> star(size_t n, double cx, double cy, double r_min, double r_max, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> radius(r_min, r_max);
    std::vector<MapPoint> r;
    for (size_t i = 0; i < n; ++i) {
        const double a = 2 * M_PI * double(i) / double(n), rad = radius(rng);
        r.push_back({cx + rad * std::cos(a), cy + rad * std::sin(a)});
    }
    return r;
}

TEST(EarClip, TriangleAndSquare) {
    std::vector<uint32_t> tris;
    ear_clip({{{0, 0}, {1, 0}, {0, 1}}}, tris);
    EXPECT_EQ(tris.size(), 3u);
    tris.clear();
    const Rings sq{square(0, 0, 10)};
    ear_clip(sq, tris);
    EXPECT_EQ(tris.size(), 6u);
    expect_exact_cover(sq, tris);
}

TEST(EarClip, EitherOrientationAndClosedRings) {
    for (bool ccw : {true, false}) {
        auto ring = square(0, 0, 4, ccw);
        ring.push_back(ring.front());  // closed, as OGR gives it: the repeated point is not a corner
        std::vector<uint32_t> tris;
        ear_clip({ring}, tris);
        expect_exact_cover({ring}, tris);
        for (uint32_t i : tris) EXPECT_LT(i, 4u);
    }
}

TEST(EarClip, HolesInAnyOrientation) {
    const Rings rings{square(0, 0, 100), square(10, 10, 20, true), square(50, 50, 30, false), square(10, 60, 5)};
    std::vector<uint32_t> tris;
    ear_clip(rings, tris);
    expect_exact_cover(rings, tris);
}

TEST(EarClip, ConcaveStarsSmallAndHashed) {
    // 40 points go without the z-order hash, 5,000 with it; both must cover exactly.
    for (size_t n : {40u, 5000u})
        for (unsigned seed = 1; seed <= 3; ++seed) {
            const Rings rings{star(n, 0, 0, 20, 100, seed)};
            std::vector<uint32_t> tris;
            ear_clip(rings, tris);
            expect_exact_cover(rings, tris);
            EXPECT_EQ(tris.size(), 3 * (n - 2)) << n << " corners, seed " << seed;
        }
}

TEST(EarClip, StarWithHolesInMercatorMetres) {
    // Coordinates as the map has them (around -500 km, 1,500 km): rounding must not matter.
    const double cx = -500000, cy = 1500000;
    Rings rings{star(2000, cx, cy, 15000, 20000, 7)};
    rings.push_back(star(300, cx - 5000, cy, 1000, 2000, 8));
    rings.push_back(star(300, cx + 5000, cy + 2000, 1000, 2000, 9));
    std::vector<uint32_t> tris;
    ear_clip(rings, tris);
    expect_exact_cover(rings, tris);
}

TEST(EarClip, DensifiedRingWithCollinearPoints) {
    // A square with 1,000 points on each side, as `ogr2ogr -segmentize` makes them.
    std::vector<MapPoint> ring;
    for (int side = 0; side < 4; ++side)
        for (int i = 0; i < 1000; ++i) {
            const double t = i / 1000.0 * 10;
            const MapPoint p[] = {{t, 0}, {10, t}, {10 - t, 10}, {0, 10 - t}};
            ring.push_back(p[side]);
        }
    std::vector<uint32_t> tris;
    ear_clip({ring}, tris);
    expect_exact_cover({ring}, tris);
}

TEST(EarClip, DegenerateInputGivesNoCrash) {
    std::vector<uint32_t> tris;
    ear_clip({}, tris);
    ear_clip({{}}, tris);
    ear_clip({{{1, 1}}}, tris);
    ear_clip({{{0, 0}, {1, 1}}}, tris);
    ear_clip({{{0, 0}, {1, 1}, {2, 2}, {0, 0}}}, tris);  // collinear: no area
    ear_clip({{{0, 0}, {0, 0}, {0, 0}, {0, 0}}}, tris);
    EXPECT_TRUE(tris.empty());
    // A bow-tie crosses itself: whatever comes out names real corners only.
    ear_clip({{{0, 0}, {10, 10}, {10, 0}, {0, 10}}}, tris);
    for (uint32_t i : tris) EXPECT_LT(i, 4u);
    EXPECT_EQ(tris.size() % 3, 0u);
}

TEST(EarClip, AppendsAfterWhatIsThere) {
    std::vector<uint32_t> tris{7, 8, 9};
    ear_clip({square(0, 0, 1)}, tris);
    ASSERT_EQ(tris.size(), 9u);
    EXPECT_EQ(tris[0], 7u);
}

}  // namespace
}  // namespace corridor
