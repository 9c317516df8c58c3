#include "core/cartography/label_placement.h"
#include "core/cartography/label_rules.h"

#include <gtest/gtest.h>

#include <random>

using namespace corridor;

namespace {

Box box(double x0, double y0, double x1, double y1) {
    Box b;
    b.expand(x0, y0);
    b.expand(x1, y1);
    return b;
}

LabelCandidate centred(uint64_t id, float priority, float x, float y, float w = 40, float h = 12) {
    LabelCandidate c;
    c.id = id;
    c.text = "L" + std::to_string(id);
    c.priority = priority;
    c.anchor_x = x, c.anchor_y = y, c.width = w, c.height = h;
    return c;
}

std::vector<LabelCandidate> random_candidates(unsigned seed, int count) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> x(0, 1280), y(0, 800), w(20, 120), h(10, 18), p(0, 100);
    std::vector<LabelCandidate> out;
    for (int i = 0; i < count; ++i) {
        LabelCandidate c = centred(1000 + i, std::floor(p(rng) / 10), x(rng), y(rng), w(rng), h(rng));
        if (i % 2) c.offsets = point_label_offsets(c.width, c.height, 4);
        out.push_back(c);
    }
    return out;
}

bool same(const std::vector<PlacedLabel>& a, const std::vector<PlacedLabel>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || a[i].offset != b[i].offset || a[i].box.min_x != b[i].box.min_x ||
            a[i].box.min_y != b[i].box.min_y)
            return false;
    return true;
}

}  // namespace

TEST(LabelPlacement, RandomSetsNeverOverlapEachOtherOrObstacles) {
    std::vector<Box> obstacles = {box(0, 0, 300, 800), box(600, 380, 620, 400), box(1000, 700, 1280, 800)};
    for (unsigned seed : {1u, 2u, 3u, 42u}) {
        auto candidates = random_candidates(seed, 800);
        auto placed = place_labels(candidates, obstacles);
        ASSERT_FALSE(placed.empty());
        ASSERT_LT(placed.size(), candidates.size());  // 800 labels cannot all fit on 1280x800
        for (size_t i = 0; i < placed.size(); ++i) {
            const LabelCandidate& c = candidates[placed[i].candidate];
            EXPECT_EQ(placed[i].id, c.id);
            EXPECT_DOUBLE_EQ(placed[i].box.width(), c.width);
            EXPECT_DOUBLE_EQ(placed[i].box.height(), c.height);
            for (const Box& o : obstacles) EXPECT_FALSE(boxes_overlap(placed[i].box, o)) << placed[i].id;
            for (size_t j = i + 1; j < placed.size(); ++j)
                EXPECT_FALSE(boxes_overlap(placed[i].box, placed[j].box)) << placed[i].id << " " << placed[j].id;
        }
    }
}

TEST(LabelPlacement, HigherPriorityWins) {
    // Two centred labels on almost the same spot: only one fits, and it is the important one,
    // whatever the input order or ids.
    auto placed = place_labels({centred(1, 10, 100, 100), centred(2, 50, 110, 102)}, {});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].id, 2u);
    placed = place_labels({centred(9, 50, 110, 102), centred(1, 10, 100, 100)}, {});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].id, 9u);
    // A label that does not collide is kept, even with low priority.
    placed = place_labels({centred(1, 10, 100, 100), centred(2, 50, 110, 102), centred(3, 1, 400, 100)}, {});
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_EQ(placed[1].id, 3u);
}

TEST(LabelPlacement, FallsBackToAlternativePositions) {
    // The right-hand slot is blocked by an obstacle: the label goes to the left.
    LabelCandidate c = centred(7, 10, 200, 200, 50, 10);
    c.offsets = point_label_offsets(50, 10, 5);
    auto placed = place_labels({c}, {box(203, 190, 300, 210)});
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].offset, 1);
    EXPECT_DOUBLE_EQ(placed[0].box.max_x, 195);
    // All four blocked: dropped.
    EXPECT_TRUE(place_labels({c}, {box(100, 100, 300, 300)}).empty());
}

TEST(LabelPlacement, SameInputSameOutput) {
    auto candidates = random_candidates(7, 2000);
    auto a = place_labels(candidates, {});
    auto b = place_labels(candidates, {});
    EXPECT_TRUE(same(a, b));
    // Equal priorities are settled by id, not by input order.
    auto reversed = candidates;
    std::reverse(reversed.begin(), reversed.end());
    auto c = place_labels(reversed, {});
    ASSERT_EQ(a.size(), c.size());
    for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].id, c[i].id);
}

TEST(LabelPlacement, HysteresisKeepsPreviouslyShownLabel) {
    LabelCandidate shown = centred(20, 40, 100, 100);
    LabelCandidate newcomer = centred(5, 40, 105, 100);  // same priority, smaller id: would win alone
    auto fresh = place_labels({shown, newcomer}, {});
    ASSERT_EQ(fresh.size(), 1u);
    EXPECT_EQ(fresh[0].id, 5u);

    std::vector<PlacedLabel> last_frame = {{20, 0, -1, box(80, 94, 120, 106)}};
    auto kept = place_labels({shown, newcomer}, {}, last_frame);
    ASSERT_EQ(kept.size(), 1u);
    EXPECT_EQ(kept[0].id, 20u);

    // A clearly more important newcomer still takes the place.
    newcomer.priority = 60;
    auto replaced = place_labels({shown, newcomer}, {}, last_frame);
    ASSERT_EQ(replaced.size(), 1u);
    EXPECT_EQ(replaced[0].id, 5u);
}

TEST(LabelPlacement, HysteresisKeepsPreviousPosition) {
    LabelCandidate c = centred(3, 10, 200, 200, 50, 10);
    c.offsets = point_label_offsets(50, 10, 5);
    std::vector<PlacedLabel> last_frame = {{3, 0, 2, box(0, 0, 1, 1)}};  // was above
    auto placed = place_labels({c}, {}, last_frame);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_EQ(placed[0].offset, 2);
}

TEST(LabelPlacement, BadCandidatesAreSkipped) {
    LabelCandidate nan = centred(1, 10, NAN, 5);
    LabelCandidate empty = centred(2, 10, 5, 5, 0, 0);
    LabelCandidate inf = centred(3, INFINITY, 500, 500);
    auto placed = place_labels({nan, empty, inf, centred(4, 1, 100, 100)}, {box(-INFINITY, 0, 1, 1)});
    ASSERT_EQ(placed.size(), 2u);
    EXPECT_TRUE(place_labels({}, {}).empty());
}

TEST(LabelRules, ZoomAndPriorityFollowRank) {
    EXPECT_FALSE(label_visible(LabelRank::Commune, 8.0));
    EXPECT_TRUE(label_visible(LabelRank::Commune, 8.5));
    EXPECT_TRUE(label_visible(LabelRank::Capital, 4.0));
    EXPECT_FALSE(label_visible(LabelRank::Village, 10.9));
    EXPECT_LT(label_min_zoom(LabelRank::Country), label_min_zoom(LabelRank::Region));
    EXPECT_LT(label_min_zoom(LabelRank::Region), label_min_zoom(LabelRank::Cercle));
    EXPECT_LT(label_min_zoom(LabelRank::Cercle), label_min_zoom(LabelRank::Commune));
    EXPECT_LT(label_min_zoom(LabelRank::RegionalCapital), label_min_zoom(LabelRank::CercleSeat));
    EXPECT_LT(label_min_zoom(LabelRank::CommuneSeat), label_min_zoom(LabelRank::Village));
    EXPECT_GT(label_priority(LabelRank::Initiative), label_priority(LabelRank::Region));
    EXPECT_GT(label_priority(LabelRank::Region), label_priority(LabelRank::Cercle));
    EXPECT_GT(label_priority(LabelRank::Commune), label_priority(LabelRank::Village));
    // 156543.03 m/px is zoom 0; each halving of the scale is one level.
    EXPECT_NEAR(web_zoom_from_scale(156543.03392804097), 0.0, 1e-9);
    EXPECT_NEAR(web_zoom_from_scale(156543.03392804097 / 256), 8.0, 1e-9);
}
