// The small parts under the map labels: the point grid that culls places to the view, and the
// capitals of country and region names.
#include <gtest/gtest.h>

#include <random>

#include "viewer/names/label_style.h"
#include "viewer/names/point_grid.h"

using namespace corridor;

TEST(PointGrid, FindsExactlyThePointsInsideTheBox) {
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> x(-1.3e6, 4.8e5), y(1.0e6, 2.9e6);  // Mali and Burkina, roughly
    std::vector<MapPoint> points(5000);
    for (MapPoint& p : points) p = {x(rng), y(rng)};
    PointGrid grid(points, 20000);
    for (int q = 0; q < 50; ++q) {
        Box box;
        box.expand(x(rng), y(rng));
        box.expand(x(rng), y(rng));
        std::vector<uint32_t> found;
        grid.query(box, found);
        std::vector<uint32_t> expected;  // by brute force
        for (uint32_t i = 0; i < points.size(); ++i)
            if (box.contains(points[i].x, points[i].y)) expected.push_back(i);
        EXPECT_EQ(found, expected);
    }
    std::vector<uint32_t> none;
    grid.query(Box{}, none);  // an empty box finds nothing
    EXPECT_TRUE(none.empty());
    PointGrid empty({}, 1000);
    empty.query(Box{0, 0, 1, 1}, none);
    EXPECT_TRUE(none.empty());
}

TEST(LabelStyle, CapitalsKeepTheAccents) {
    EXPECT_EQ(upper_latin1("Ségou"), "S\xC3\x89GOU");  // É is U+00C9
    EXPECT_EQ(upper_latin1("Ménaka"), "MÉNAKA");
    EXPECT_EQ(upper_latin1("Hauts-Bassins"), "HAUTS-BASSINS");
    EXPECT_EQ(upper_latin1("çà ÿ÷"), "ÇÀ ÿ÷");  // ÿ's capital is outside Latin-1; ÷ is no letter
    EXPECT_EQ(upper_latin1(""), "");
}
