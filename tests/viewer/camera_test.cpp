// Camera maths: the point under the cursor stays put while zooming, lon/lat <-> screen round
// trips, and the limits keep the view on the region.
#include <gtest/gtest.h>

#include <cmath>

#include "core/project/projection.h"
#include "viewer/map/camera.h"
#include "viewer/map/map_input.h"

using namespace corridor;

TEST(Camera, ZoomAboutKeepsTheAnchoredPointFixed) {
    Camera cam(1280, 800);
    cam.set_view(lonlat_to_mercator({-5.67, 11.31}), 8);
    ScreenPoint anchor{200, 650};
    MapPoint before = cam.screen_to_map(anchor);
    cam.zoom_about(anchor, 1.7);
    MapPoint after = cam.screen_to_map(anchor);
    EXPECT_NEAR(before.x, after.x, 1e-6 * std::fabs(before.x) + 1e-3);
    EXPECT_NEAR(before.y, after.y, 1e-6 * std::fabs(before.y) + 1e-3);
    EXPECT_NEAR(cam.zoom(), 8 + std::log2(1.7), 1e-9);
}

TEST(Camera, LonLatScreenRoundTrip) {
    Camera cam(1024, 768);
    cam.set_view(lonlat_to_mercator({-1.5, 12.4}), 9.3);
    for (LonLat p : {LonLat{-5.762108, 10.552181}, LonLat{-1.52, 12.37}, LonLat{2.1, 13.5}}) {
        LonLat back = cam.screen_to_lonlat(cam.lonlat_to_screen(p));
        EXPECT_NEAR(back.lon, p.lon, 1e-9);
        EXPECT_NEAR(back.lat, p.lat, 1e-9);
    }
    // The centre of the viewport shows the camera's centre.
    ScreenPoint c = cam.map_to_screen(cam.center());
    EXPECT_DOUBLE_EQ(c.x, 512);
    EXPECT_DOUBLE_EQ(c.y, 384);
}

TEST(Camera, LimitsClampScaleAndCentre) {
    Camera cam(800, 600);
    Box area;
    area.expand(-1e6, 1e6), area.expand(0, 2e6);
    cam.set_limits(area, 2, 5000);
    cam.set_meters_per_pixel(1e7);  // a dot
    EXPECT_DOUBLE_EQ(cam.meters_per_pixel(), 5000);
    cam.set_meters_per_pixel(0.01);
    EXPECT_DOUBLE_EQ(cam.meters_per_pixel(), 2);
    cam.set_center({5e6, -5e6});  // lost at sea
    EXPECT_DOUBLE_EQ(cam.center().x, 0);
    EXPECT_DOUBLE_EQ(cam.center().y, 1e6);
    cam.pan_pixels(-1e7, 0);
    EXPECT_LE(cam.center().x, 0);
}

TEST(MapInput, WheelZoomsAboutTheCursor) {
    Camera cam(1280, 800);
    cam.set_view(lonlat_to_mercator({-5.67, 11.31}), 7);
    MapInput input;
    sf::Event e;
    e.type = sf::Event::MouseWheelScrolled;
    e.mouseWheelScroll = {sf::Mouse::VerticalWheel, 2.0f, 300, 250};
    MapPoint before = cam.screen_to_map({300, 250});
    double mpp = cam.meters_per_pixel();
    input.handle(e, cam, 0, true, true);
    MapPoint after = cam.screen_to_map({300, 250});
    EXPECT_NEAR(before.x, after.x, 1e-3);
    EXPECT_NEAR(before.y, after.y, 1e-3);
    EXPECT_NEAR(cam.meters_per_pixel(), mpp / (MapInput::kWheelZoomStep * MapInput::kWheelZoomStep), 1e-9 * mpp);
}

TEST(MapInput, DragPansByThePointerMovementAndIsNoClick) {
    Camera cam(1280, 800);
    cam.set_view({0, 1e6}, 8);
    MapInput input;
    MapPoint grabbed = cam.screen_to_map({100, 100});
    sf::Event e;
    e.type = sf::Event::MouseButtonPressed;
    e.mouseButton = {sf::Mouse::Left, 100, 100};
    EXPECT_FALSE(input.handle(e, cam, 0, true, true).clicked);
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {160, 140};
    input.handle(e, cam, 0.02, true, true);
    e.type = sf::Event::MouseButtonReleased;
    e.mouseButton = {sf::Mouse::Left, 160, 140};
    EXPECT_FALSE(input.handle(e, cam, 0.04, true, true).clicked);
    // The map point that was grabbed is now under the pointer.
    MapPoint under = cam.screen_to_map({160, 140});
    EXPECT_NEAR(under.x, grabbed.x, 1e-6);
    EXPECT_NEAR(under.y, grabbed.y, 1e-6);
}

TEST(MapInput, IgnoresTheMouseImGuiWants) {
    Camera cam(1280, 800);
    cam.set_view({0, 1e6}, 8);
    MapInput input;
    sf::Event e;
    e.type = sf::Event::MouseButtonPressed;
    e.mouseButton = {sf::Mouse::Left, 100, 100};
    input.handle(e, cam, 0, false, true);
    e.type = sf::Event::MouseButtonReleased;
    EXPECT_FALSE(input.handle(e, cam, 0.05, false, true).clicked);
    e.type = sf::Event::MouseWheelScrolled;
    e.mouseWheelScroll = {sf::Mouse::VerticalWheel, 1.0f, 100, 100};
    double mpp = cam.meters_per_pixel();
    input.handle(e, cam, 0.1, false, true);
    EXPECT_EQ(cam.meters_per_pixel(), mpp);
}

TEST(MapInput, DoubleClickZoomsInAboutTheCursor) {
    Camera cam(1280, 800);
    cam.set_view({0, 1e6}, 8);
    MapInput input;
    MapPoint before = cam.screen_to_map({400, 300});
    auto click = [&](double t) {
        sf::Event e;
        e.type = sf::Event::MouseButtonPressed;
        e.mouseButton = {sf::Mouse::Left, 400, 300};
        input.handle(e, cam, t, true, true);
        e.type = sf::Event::MouseButtonReleased;
        return input.handle(e, cam, t, true, true);
    };
    EXPECT_TRUE(click(1.0).clicked);
    EXPECT_NEAR(cam.zoom(), 8, 1e-9);
    click(1.2);
    EXPECT_NEAR(cam.zoom(), 9, 1e-9);
    MapPoint after = cam.screen_to_map({400, 300});
    EXPECT_NEAR(before.x, after.x, 1e-3);
    EXPECT_NEAR(before.y, after.y, 1e-3);
    click(5.0);  // long after: a single click again
    EXPECT_NEAR(cam.zoom(), 9, 1e-9);
}
