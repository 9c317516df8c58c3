#include "core/index/flat_index_set.h"

#include <random>
#include <set>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

namespace corridor {
namespace {

using Point = std::pair<double, double>;
using PointAt = ElementAt<std::vector<Point>>;
struct PointHash {
    size_t operator()(const Point& p) const { return hash_doubles({p.first, p.second}); }
};

TEST(FlatIndexSet, KeepsTheFirstOfEqualElements) {
    std::vector<Point> points = {{1, 2}, {3, 4}, {1, 2}, {-0.0, 5}, {0.0, 5}};
    FlatIndexSet set(PointAt{&points}, PointHash{});
    EXPECT_EQ(set.insert(0), 0u);
    EXPECT_EQ(set.insert(1), 1u);
    EXPECT_EQ(set.insert(2), 0u);  // equal to the first
    EXPECT_EQ(set.insert(3), 3u);
    EXPECT_EQ(set.insert(4), 3u);  // 0.0 == -0.0: hashed alike
    EXPECT_EQ(set.size(), 3u);
    EXPECT_EQ(set.find(Point{3, 4}), 1u);
    EXPECT_EQ(set.find(Point{0, 5}), 3u);
    EXPECT_FALSE(set.find(Point{4, 3}));
}

// Grown from its smallest size far past it, it agrees with std::set on every element and on
// as many absent ones.
TEST(FlatIndexSet, AgreesWithStdSetWhileItGrows) {
    std::mt19937 random(7);
    std::uniform_int_distribution<int> coordinate(0, 300);  // few enough values to repeat often
    std::vector<Point> points;
    for (int i = 0; i < 50000; ++i) points.push_back({coordinate(random), coordinate(random) * 0.5});
    FlatIndexSet set(PointAt{&points}, PointHash{});
    std::set<Point> reference;
    std::vector<uint32_t> first_of(points.size());
    for (uint32_t i = 0; i < points.size(); ++i) {
        const uint32_t held = set.insert(i);
        const bool added = reference.insert(points[i]).second;
        ASSERT_EQ(held == i, added) << i;
        ASSERT_EQ(points[held], points[i]) << i;
        ASSERT_LE(held, i);
    }
    EXPECT_EQ(set.size(), reference.size());
    EXPECT_GT(reference.size(), 16u * 8);  // grew several times
    EXPECT_LT(reference.size(), points.size());  // and met repeats
    for (const Point& p : reference) EXPECT_TRUE(set.find(p));
    for (const Point& p : reference) EXPECT_FALSE(set.find(Point{p.first + 0.25, p.second})) << p.first;
}

}  // namespace
}  // namespace corridor
