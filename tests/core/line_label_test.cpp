// Names along a line: upright whichever way the line runs, repeated at the spacing, never
// across a sharp bend or past the screen's edge.
#include <gtest/gtest.h>

#include <cmath>

#include "core/cartography/line_label.h"

using namespace corridor;

namespace {

const Box kScreen{0, 0, 1000, 800};
const std::vector<float> kName(5, 10.0f);  // five glyphs, 50 px

std::vector<PathPoint> horizontal(float from, float to, float y = 400) { return {{from, y}, {(from + to) / 2, y}, {to, y}}; }

}  // namespace

TEST(LineLabel, RepeatsAtTheSpacingAlongAStraightLine) {
    const auto places = place_along_line(horizontal(0, 1000), kName, 14, kScreen, {250, 30});
    ASSERT_EQ(places.size(), 4u);  // centres at 125, 375, 625, 875
    for (size_t i = 0; i < places.size(); ++i) {
        EXPECT_EQ(places[i].repeat, int(i));
        ASSERT_EQ(places[i].glyphs.size(), kName.size());
        EXPECT_NEAR((places[i].box.min_x + places[i].box.max_x) / 2, 125 + 250 * i, 0.5);
        EXPECT_NEAR(places[i].box.width(), 50, 0.5);
        EXPECT_NEAR(places[i].box.height(), 14, 0.5);
    }
}

TEST(LineLabel, ReadsLeftToRightWhicheverWayTheLineRuns) {
    for (bool backwards : {false, true}) {
        auto path = backwards ? horizontal(1000, 0) : horizontal(0, 1000);
        const auto places = place_along_line(path, kName, 14, kScreen, {250, 30});
        ASSERT_FALSE(places.empty());
        const auto& g = places[0].glyphs;
        for (size_t i = 1; i < g.size(); ++i) EXPECT_GT(g[i].x, g[i - 1].x) << (backwards ? "backwards" : "forwards");
        for (const GlyphPlace& p : g) EXPECT_NEAR(p.angle, 0, 1e-4);
    }
    // A line going up to the right: the glyphs turn with it (negative angle: y is down).
    const auto rising = place_along_line({{0, 800}, {800, 0}}, kName, 14, kScreen, {250, 30});
    ASSERT_FALSE(rising.empty());
    EXPECT_NEAR(rising[0].glyphs[0].angle, -M_PI / 4, 1e-3);
    EXPECT_GT(rising[0].box.height(), 30) << "a turned name takes its turned box";
}

TEST(LineLabel, NoNameAcrossASharpBendOrOffScreen) {
    // A zigzag of 20 px teeth: every name would cross a bend.
    std::vector<PathPoint> zigzag;
    for (int i = 0; i <= 50; ++i) zigzag.push_back({float(i * 20), i % 2 ? 380.0f : 420.0f});
    EXPECT_TRUE(place_along_line(zigzag, kName, 14, kScreen, {100, 30}).empty());
    // Only the repeats inside the screen: the line runs from x -2000 to 3000.
    const auto places = place_along_line(horizontal(-2000, 3000), kName, 14, kScreen, {250, 30});
    ASSERT_EQ(places.size(), 4u);
    for (const auto& p : places) EXPECT_TRUE(p.box.min_x >= 0 && p.box.max_x <= 1000);
    // Too short for the name.
    EXPECT_TRUE(place_along_line(horizontal(100, 140), kName, 14, kScreen).empty());
}
