#include "core/programme/tour_player.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace corridor;

namespace {

// Steps named s0, s1, ... with the given durations (negative: no duration, the step waits).
Tour make_tour(std::vector<double> durations) {
    Tour t;
    t.id = "test";
    for (size_t i = 0; i < durations.size(); ++i) {
        TourStep s;
        s.title = {"Étape " + std::to_string(i), "Step " + std::to_string(i)};
        s.text = {"texte " + std::to_string(i), "text " + std::to_string(i)};
        if (durations[i] >= 0) s.duration_s = durations[i];
        t.steps.push_back(s);
    }
    return t;
}

}  // namespace

TEST(TourPlayer, NavigationClampsAtBothEnds) {
    TourPlayer p(make_tour({-1, -1, -1}));
    EXPECT_EQ(p.step_index(), 0u);
    EXPECT_FALSE(p.previous());
    EXPECT_EQ(p.step_index(), 0u);
    EXPECT_TRUE(p.next());
    EXPECT_TRUE(p.next());
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_FALSE(p.next());
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_TRUE(p.first());
    EXPECT_EQ(p.step_index(), 0u);
    EXPECT_TRUE(p.last());
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_TRUE(p.previous());
    EXPECT_EQ(p.step_index(), 1u);
    EXPECT_TRUE(p.go_to(99));  // clamped to the last step
    EXPECT_EQ(p.step_index(), 2u);
}

TEST(TourPlayer, IndicatorAndCaption) {
    TourPlayer p(make_tour({-1, -1, -1, -1, -1, -1, -1, -1, -1, -1}));
    EXPECT_EQ(p.indicator(), "1 / 10");
    p.go_to(2);
    EXPECT_EQ(p.indicator(), "3 / 10");
    EXPECT_EQ(p.caption("fr").title, "Étape 2");
    EXPECT_EQ(p.caption("en").text, "text 2");
    EXPECT_EQ(p.caption("de").title, "Step 2");  // unknown language: English
}

TEST(TourPlayer, AutoplayAdvancesWhenTheDurationElapses) {
    TourPlayer p(make_tour({2.0, 3.0, 1.0}));
    EXPECT_FALSE(p.update(5.0));  // not playing yet
    EXPECT_EQ(p.step_index(), 0u);
    p.play();
    EXPECT_FALSE(p.update(1.5));
    EXPECT_EQ(p.step_index(), 0u);
    EXPECT_TRUE(p.update(0.75));  // 2.25 s on a 2 s step: on to step 1, 0.25 s already spent
    EXPECT_EQ(p.step_index(), 1u);
    EXPECT_DOUBLE_EQ(p.step_elapsed(), 0.25);
    EXPECT_FALSE(p.update(2.5));  // 2.75 of 3 s
    EXPECT_TRUE(p.update(0.5));
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_TRUE(p.playing());
    EXPECT_FALSE(p.update(2.0));  // last step's time is up: stays there and stops
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_FALSE(p.playing());
}

TEST(TourPlayer, LongFrameSkipsSeveralTimedSteps) {
    TourPlayer p(make_tour({1.0, 1.0, 1.0, 1.0}));
    p.play();
    EXPECT_TRUE(p.update(2.5));
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_DOUBLE_EQ(p.step_elapsed(), 0.5);
}

TEST(TourPlayer, StepWithoutDurationWaits) {
    TourPlayer p(make_tour({1.0, -1, 1.0, 1.0}));
    p.play();
    EXPECT_TRUE(p.update(100.0));  // step 0 passes, step 1 has no duration: stops there
    EXPECT_EQ(p.step_index(), 1u);
    EXPECT_FALSE(p.update(1000.0));
    EXPECT_EQ(p.step_index(), 1u);
    EXPECT_TRUE(p.playing());
    EXPECT_TRUE(p.next());  // the presenter moves on; autoplay resumes on the timed step
    EXPECT_EQ(p.step_index(), 2u);
    EXPECT_TRUE(p.update(1.0));
    EXPECT_EQ(p.step_index(), 3u);
}

TEST(TourPlayer, PauseAndResumeKeepTheStepClock) {
    TourPlayer p(make_tour({4.0, 4.0}));
    p.play();
    p.update(3.0);
    p.pause();
    EXPECT_FALSE(p.update(10.0));
    EXPECT_EQ(p.step_index(), 0u);
    EXPECT_DOUBLE_EQ(p.step_elapsed(), 3.0);
    p.toggle_play();
    EXPECT_TRUE(p.playing());
    EXPECT_TRUE(p.update(1.0));
    EXPECT_EQ(p.step_index(), 1u);
}

TEST(TourPlayer, ManualMoveRestartsTheStepClock) {
    TourPlayer p(make_tour({4.0, 4.0, 4.0}));
    p.play();
    p.update(3.5);
    p.next();
    EXPECT_DOUBLE_EQ(p.step_elapsed(), 0.0);
    EXPECT_FALSE(p.update(3.5));
    EXPECT_EQ(p.step_index(), 1u);
}

TEST(TourPlayer, BlackoutTogglesAndFreezesTheClock) {
    TourPlayer p(make_tour({1.0, 1.0}));
    EXPECT_FALSE(p.blackout());
    p.play();
    p.toggle_blackout();
    EXPECT_TRUE(p.blackout());
    EXPECT_FALSE(p.update(5.0));
    EXPECT_EQ(p.step_index(), 0u);
    p.toggle_blackout();
    EXPECT_FALSE(p.blackout());
    EXPECT_TRUE(p.update(1.0));
    EXPECT_EQ(p.step_index(), 1u);
}

TEST(TourPlayer, IgnoresBadTimeSteps) {
    TourPlayer p(make_tour({1.0, 1.0}));
    p.play();
    EXPECT_FALSE(p.update(-5.0));
    EXPECT_FALSE(p.update(std::nan("")));
    EXPECT_FALSE(p.update(INFINITY));
    EXPECT_DOUBLE_EQ(p.step_elapsed(), 0.0);
}

TEST(TourPlayer, EmptyTourIsHarmless) {
    TourPlayer p(Tour{});
    EXPECT_EQ(p.current(), nullptr);
    EXPECT_EQ(p.indicator(), "0 / 0");
    EXPECT_FALSE(p.next());
    EXPECT_FALSE(p.last());
    p.play();
    EXPECT_FALSE(p.playing());
    EXPECT_FALSE(p.update(1.0));
    EXPECT_EQ(p.caption("fr").title, "");
}
