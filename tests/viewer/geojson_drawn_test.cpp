// Every valid GeoJSON is drawn (issue 18): the renderer the app uses draws each top-level type
// (every member of a GeometryCollection), a polygon wound against the right-hand rule with
// its hole, and a geometry crossing the antimeridian on both sides, not across the world.
// Needs a display: run under xvfb-run.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <SFML/Graphics.hpp>
#include <gtest/gtest.h>

#include "fixtures.h"
#include "geojson_cases.h"
#include "core/project/projection.h"
#include "core/read/layer_reader.h"
#include "viewer/map/map_renderer.h"

namespace corridor {
namespace {

namespace fs = std::filesystem;
using test::GeoJsonCase;

constexpr unsigned kWidth = 1280, kHeight = 800;

bool same(sf::Color a, sf::Color b, int tolerance = 3) {
    return std::abs(a.r - b.r) <= tolerance && std::abs(a.g - b.g) <= tolerance && std::abs(a.b - b.b) <= tolerance;
}

class GeoJsonDrawn : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(target_.create(kWidth, kHeight));
        target_.setActive(true);
    }

    void add(const std::string& name, const std::string& text) {
        const fs::path file = test::scratch_dir("geojson_drawn_test") / (name + ".geojson");
        std::ofstream(file) << text;
        Diagnostics diag;
        auto layer = read_layer(file, ReadOptions{}, diag);
        ASSERT_TRUE(layer) << name;
        ASSERT_FALSE(diag.has_errors()) << name;
        data_.layers.push_back(std::move(*layer));
    }

    void start() {
        renderer_ = std::make_unique<MapRenderer>();
        renderer_->set_style(MapStyle{});
        Diagnostics diag;
        ASSERT_TRUE(renderer_->init(data_, diag));
        renderer_->finish_loading();
        layers_ = renderer_->default_visibility();
    }

    void look_at(LonLat centre, double meters_per_pixel) {
        camera_ = Camera(kWidth, kHeight);
        camera_.set_center(lonlat_to_mercator(centre));
        camera_.set_meters_per_pixel(meters_per_pixel);
    }

    sf::Image render() {
        target_.setActive(true);
        target_.clear(sf::Color::Black);
        target_.pushGLStates();
        renderer_->draw(camera_, {}, layers_);
        target_.popGLStates();
        target_.display();
        return target_.getTexture().copyToImage();
    }

    sf::Color pixel(const sf::Image& image, LonLat where) {
        ScreenPoint s = camera_.lonlat_to_screen(where);
        EXPECT_TRUE(s.x >= 0 && s.y >= 0 && s.x < kWidth && s.y < kHeight) << where.lon << "," << where.lat;
        return image.getPixel(unsigned(std::clamp(s.x, 0.0, kWidth - 1.0)), unsigned(std::clamp(s.y, 0.0, kHeight - 1.0)));
    }

    sf::Color background() const {
        const Rgba b = MapStyle{}.background;
        return sf::Color(b.r, b.g, b.b);
    }

    Geodata data_;
    sf::RenderTexture target_;
    std::unique_ptr<MapRenderer> renderer_;
    LayerVisibility layers_;
    Camera camera_;
};

TEST_F(GeoJsonDrawn, EveryTopLevelTypeIsDrawnAtItsPlace) {
    std::vector<GeoJsonCase> cases;
    for (const GeoJsonCase& c : test::geojson_cases())
        if (!c.geometry.empty()) add(c.name, c.text), cases.push_back(c);
    start();
    look_at({-5.75, 11.28}, 150);
    // Each layer makes the difference at its own place: drawn with it, background without.
    for (size_t i = 0; i < cases.size(); ++i) {
        for (size_t j = 0; j < cases.size(); ++j) layers_.set(int(j), i == j);
        const sf::Color with = pixel(render(), {cases[i].lon, cases[i].lat});
        EXPECT_FALSE(same(with, background())) << cases[i].name << " is not drawn";
        layers_.set(int(i), false);
        EXPECT_TRUE(same(pixel(render(), {cases[i].lon, cases[i].lat}), background())) << cases[i].name;
    }
    // Every member of the collection: its point and its line too, not only its polygon.
    for (size_t j = 0; j < cases.size(); ++j) layers_.set(int(j), cases[j].name == "bare_geometrycollection");
    const sf::Image image = render();
    EXPECT_FALSE(same(pixel(image, {-6.1, 11.4}), background())) << "the collection's point";
    EXPECT_FALSE(same(pixel(image, {-5.9, 11.4}), background())) << "the collection's line";
}

TEST_F(GeoJsonDrawn, ClockwiseRingsAreFilledAndTheirHolesLeftOpen) {
    add("clockwise", R"({"type":"Polygon","coordinates":[[[-25,14],[-25,17],[-22,17],[-22,14],[-25,14]],
                                                            [[-24,15],[-23,15],[-23,16],[-24,16],[-24,15]]]})");
    start();
    look_at({-23.5, 15.5}, 1500);
    const sf::Image image = render();
    EXPECT_FALSE(same(pixel(image, {-24.5, 15.5}), background())) << "in the ring";
    EXPECT_TRUE(same(pixel(image, {-23.5, 15.5}), background())) << "in the hole";
    EXPECT_TRUE(same(pixel(image, {-21.5, 15.5}), background())) << "outside";
}

TEST_F(GeoJsonDrawn, AntimeridianCrossingIsDrawnOnBothSidesNotAcrossTheWorld) {
    add("antimeridian", R"({"type":"Polygon","coordinates":[[[170,50],[-170,50],[-170,65],[170,65],[170,50]]]})");
    start();
    look_at({0, 30}, 40075016.7 / kWidth);  // the whole world's width
    const sf::Image image = render();
    EXPECT_FALSE(same(pixel(image, {175, 57}), background())) << "east of the antimeridian";
    EXPECT_FALSE(same(pixel(image, {-175, 57}), background())) << "west of it";
    EXPECT_TRUE(same(pixel(image, {0, 57}), background())) << "drawn the long way round";
    EXPECT_TRUE(same(pixel(image, {90, 57}), background()));
}

}  // namespace
}  // namespace corridor
