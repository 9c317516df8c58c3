// The scale bar shows true ground distance: Web Mercator metres shrink by cos(latitude).
#include <gtest/gtest.h>

#include <cmath>

#include "viewer/panels/map_furniture.h"

using namespace corridor;

TEST(ScaleBar, RoundLengthThatFits) {
    // At the equator 1 mercator metre is 1 ground metre: 100 m/px, 200 px max -> 20 km fits.
    ScaleBar b = scale_bar(100, 0, 200);
    EXPECT_DOUBLE_EQ(b.ground_meters, 20000);
    EXPECT_DOUBLE_EQ(b.pixels, 200);
    EXPECT_EQ(b.label, "20 km");
    // At 60° N a mercator metre is half a ground metre: 200 px cover 10 km -> "10 km".
    b = scale_bar(100, 60, 200);
    EXPECT_DOUBLE_EQ(b.ground_meters, 10000);
    EXPECT_NEAR(b.pixels, 200, 1e-6);
    // 12° N (the corridor), 1000 m/px: 150 px show 146.7 km of ground -> 100 km bar.
    b = scale_bar(1000, 12, 150);
    EXPECT_DOUBLE_EQ(b.ground_meters, 100000);
    EXPECT_NEAR(b.pixels, 100000 / (1000 * std::cos(12 * M_PI / 180)), 1e-6);
    EXPECT_EQ(scale_bar(1, 0, 130).label, "100 m");
}
