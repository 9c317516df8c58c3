// The fly-to path: starts at the source, ends exactly at the target, zooms out on long moves,
// and moves steadily towards the target.
#include <gtest/gtest.h>

#include <cmath>

#include "viewer/map/camera.h"
#include "viewer/map/fly_to.h"

using namespace corridor;

namespace {
const CameraView kFrom{{-600000, 1300000}, 2000};  // over south-west Mali
const CameraView kTo{{-170000, 1370000}, 60};      // a commune in Burkina Faso
}  // namespace

TEST(FlyTo, StartsAtSourceAndEndsExactlyAtTarget) {
    CameraView a = fly_path(kFrom, kTo, 1280, 0);
    EXPECT_EQ(a.center.x, kFrom.center.x);
    EXPECT_EQ(a.center.y, kFrom.center.y);
    EXPECT_EQ(a.meters_per_pixel, kFrom.meters_per_pixel);
    CameraView b = fly_path(kFrom, kTo, 1280, 1);
    EXPECT_EQ(b.center.x, kTo.center.x);
    EXPECT_EQ(b.center.y, kTo.center.y);
    EXPECT_EQ(b.meters_per_pixel, kTo.meters_per_pixel);
    // Continuous at both ends.
    CameraView early = fly_path(kFrom, kTo, 1280, 1e-4), late = fly_path(kFrom, kTo, 1280, 1 - 1e-4);
    EXPECT_NEAR(early.center.x, kFrom.center.x, 1.0);
    EXPECT_NEAR(late.center.x, kTo.center.x, 1.0);
    EXPECT_NEAR(late.meters_per_pixel, kTo.meters_per_pixel, 0.1);
}

TEST(FlyTo, ProgressAlongTheLineIsMonotone) {
    double dx = kTo.center.x - kFrom.center.x, dy = kTo.center.y - kFrom.center.y;
    double last = -1;
    for (int i = 0; i <= 100; ++i) {
        CameraView v = fly_path(kFrom, kTo, 1280, i / 100.0);
        double along = ((v.center.x - kFrom.center.x) * dx + (v.center.y - kFrom.center.y) * dy) / (dx * dx + dy * dy);
        EXPECT_GE(along, last - 1e-12) << "t=" << i / 100.0;
        last = along;
        // It stays on the straight line between the centres.
        double across = ((v.center.x - kFrom.center.x) * dy - (v.center.y - kFrom.center.y) * dx) / std::hypot(dx, dy);
        EXPECT_NEAR(across, 0, 1e-6);
    }
    EXPECT_NEAR(last, 1, 1e-12);
}

TEST(FlyTo, ZoomsOutBetweenTwoCloseUpViewsFarApart) {
    CameraView a{{-700000, 1200000}, 50}, b{{-100000, 1400000}, 50};
    double widest = 0;
    for (int i = 0; i <= 50; ++i) widest = std::max(widest, fly_path(a, b, 1000, i / 50.0).meters_per_pixel);
    EXPECT_GT(widest, 4 * 50);
}

TEST(FlyTo, PureZoomKeepsTheCentre) {
    CameraView a{{1000, 2000}, 1000}, b{{1000, 2000}, 10};
    CameraView mid = fly_path(a, b, 800, 0.5);
    EXPECT_DOUBLE_EQ(mid.center.x, 1000);
    EXPECT_DOUBLE_EQ(mid.center.y, 2000);
    EXPECT_LT(mid.meters_per_pixel, 1000);
    EXPECT_GT(mid.meters_per_pixel, 10);
}

TEST(FlyTo, AnimationAdvancesWithFrameTimeAndStopsAtTarget) {
    Camera cam(1280, 800);
    cam.set_center(kFrom.center);
    cam.set_meters_per_pixel(kFrom.meters_per_pixel);
    FlyTo fly;
    fly.start(camera_view(cam), kTo, 0.6);
    int frames = 0;
    while (fly.active() && frames < 1000) fly.advance(cam, 1.0 / 60), ++frames;
    EXPECT_FALSE(fly.active());
    EXPECT_GE(frames, 35);  // 0.6 s at 60 frames/s, give or take rounding
    EXPECT_LE(frames, 37);
    EXPECT_EQ(cam.center().x, kTo.center.x);
    EXPECT_EQ(cam.meters_per_pixel(), kTo.meters_per_pixel);
}
