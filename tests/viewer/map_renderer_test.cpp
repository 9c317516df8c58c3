// Renders the real layers off screen and checks pixels. Needs a display: run under
//   xvfb-run -a -s "-screen 0 1920x1200x24" ctest -R MapRenderer
#include "viewer/map/map_renderer.h"

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>

#include <SFML/Graphics.hpp>
#include <gtest/gtest.h>
#include <ogr_api.h>

#include "core/base/geometry_walk.h"
#include "core/cache/geodata_cache.h"
#include "core/cartography/water.h"
#include "core/read/layer_reader.h"
#include "core/project/projection.h"
#include "viewer/map/map_layer_plan.h"
#include "fixtures.h"

namespace corridor {
namespace {

namespace fs = std::filesystem;

constexpr unsigned kWidth = 1280, kHeight = 800;

fs::path scratch_dir() { return corridor::test::scratch_dir("map_renderer_test"); }

// A 6 x 6 degree square over the Atlantic with a 3 x 3 degree hole in its middle.
fs::path write_holed_square() {
    fs::path file = scratch_dir() / "holed_square.geojson";
    std::ofstream(file) << R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"ring"},
      "geometry":{"type":"Polygon","coordinates":[[[-25,15],[-19,15],[-19,21],[-25,21],[-25,15]],
                                                   [[-23.5,16.5],[-23.5,19.5],[-20.5,19.5],[-20.5,16.5],[-23.5,16.5]]]}}]})";
    return file;
}

sf::Color to_sf(Rgba c) { return sf::Color(c.r, c.g, c.b, c.a); }

::testing::AssertionResult near_colour(sf::Color got, sf::Color want, int tolerance = 2) {
    if (std::abs(got.r - want.r) <= tolerance && std::abs(got.g - want.g) <= tolerance && std::abs(got.b - want.b) <= tolerance)
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << "got (" << int(got.r) << "," << int(got.g) << "," << int(got.b) << "), want ("
                                         << int(want.r) << "," << int(want.g) << "," << int(want.b) << ")";
}

class MapRendererTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        data_ = new Geodata(load_geodata(fs::path(CORRIDOR_SOURCE_DIR) / ".." / "shared" / "geodata"));
        Diagnostics diag;
        auto layer = read_layer(write_holed_square(), ReadOptions{}, diag);
        ASSERT_TRUE(layer) << (diag.empty() ? "" : diag.items().front().to_string());
        data_->layers.push_back(std::move(*layer));
        holed_layer_ = int(data_->layers.size()) - 1;
    }
    static void TearDownTestSuite() { delete data_; }

    void SetUp() override {
        ASSERT_TRUE(data_->layer("mli_communes")) << "real layers missing";
        ASSERT_TRUE(target_.create(kWidth, kHeight));
        target_.setActive(true);
        renderer_ = std::make_unique<MapRenderer>();
        renderer_->set_style(MapStyle{});  // the built-in defaults, whatever the style file says
        Diagnostics diag;
        ASSERT_TRUE(renderer_->init(*data_, diag)) << (diag.empty() ? "" : diag.items().front().to_string());
        layers_ = renderer_->default_visibility();
        // A fixed view from the Atlantic (lon -28) to Niger: the fixture square, both countries.
        camera_ = Camera(kWidth, kHeight);
        camera_.set_center(lonlat_to_mercator({-8, 15}));
        camera_.set_meters_per_pixel(3500);
    }

    sf::Image render(const MapHighlight& highlight = {}) {
        target_.setActive(true);
        target_.pushGLStates();
        renderer_->draw(camera_, highlight, layers_);
        target_.popGLStates();
        target_.display();
        return target_.getTexture().copyToImage();
    }

    sf::Color pixel(const sf::Image& image, LonLat where) {
        ScreenPoint s = camera_.lonlat_to_screen(where);
        EXPECT_TRUE(s.x >= 0 && s.y >= 0 && s.x < kWidth && s.y < kHeight);
        return image.getPixel(unsigned(s.x), unsigned(s.y));
    }

    // The largest Malian commune and a point well inside it: far from every boundary line.
    int largest_commune(LonLat& inside) {
        const Layer* communes = data_->layer("mli_communes");
        int best = -1;
        double best_area = 0;
        for (const Feature& f : communes->features) {
            const double area = f.mercator ? OGR_G_Area(OGRGeometry::ToHandle(f.mercator.get())) : 0;
            if (area > best_area) best_area = area, best = int(f.index);
        }
        OGRGeometryH point = OGR_G_PointOnSurface(OGRGeometry::ToHandle(communes->features[best].lonlat().get()));
        OGRPoint p = *OGRGeometry::FromHandle(point)->toPoint();
        OGR_G_DestroyGeometry(point);
        inside = {p.getX(), p.getY()};
        return best;
    }

    int layer_index(const char* id) { return int(data_->layer(id) - data_->layers.data()); }

    static Geodata* data_;
    static int holed_layer_;
    sf::RenderTexture target_;
    std::unique_ptr<MapRenderer> renderer_;
    LayerVisibility layers_;
    Camera camera_;
};

Geodata* MapRendererTest::data_ = nullptr;
int MapRendererTest::holed_layer_ = -1;

TEST_F(MapRendererTest, CommuneIsFilledAndTheAtlanticIsBackground) {
    LonLat inside;
    const int commune = largest_commune(inside);
    sf::Image image = render();
    const MapStyle style;
    const Feature& f = data_->layer("mli_communes")->features[commune];
    // Fills are opaque, so the pixel is the commune's own tint of the Malian sand exactly.
    EXPECT_TRUE(near_colour(pixel(image, inside), to_sf(varied_fill(style.mali_fill, f.id, style.tint_variation))))
        << "commune " << f.id << " at " << inside.lon << "," << inside.lat;
    EXPECT_FALSE(near_colour(pixel(image, inside), to_sf(style.background), 12));
    EXPECT_TRUE(near_colour(pixel(image, {-20, 12}), to_sf(style.background)));
}

TEST_F(MapRendererTest, HoleInAPolygonShowsTheBackground) {
    sf::Image image = render();
    const MapStyle style;
    EXPECT_TRUE(near_colour(pixel(image, {-22, 18}), to_sf(style.background))) << "inside the hole";
    // The ring itself: the first user colour at the user opacity over the background.
    const Rgba u = style.user_palette[0];
    const float a = style.user_fill_alpha / 255.0f;
    auto blend = [a](uint8_t top, uint8_t under) { return uint8_t(top * a + under * (1 - a) + 0.5f); };
    const sf::Color expected(blend(u.r, style.background.r), blend(u.g, style.background.g), blend(u.b, style.background.b));
    EXPECT_TRUE(near_colour(pixel(image, {-24.2, 18}), expected, 3)) << "in the ring, west of the hole";
    EXPECT_TRUE(near_colour(pixel(image, {-22, 15.8}), expected, 3)) << "in the ring, south of the hole";
}

TEST_F(MapRendererTest, HoverAndEmphasisChangeTheFillWithoutRebuilding) {
    LonLat inside;
    const int commune = largest_commune(inside);
    const int layer = layer_index("mli_communes");
    const sf::Color plain = pixel(render(), inside);
    MapHighlight hover;
    hover.hovered = {layer, commune};
    const sf::Color hovered = pixel(render(hover), inside);
    EXPECT_GT(hovered.r + hovered.g + hovered.b, plain.r + plain.g + plain.b) << "hover brightens";
    MapHighlight emphasis;
    emphasis.emphasised = {{layer, commune}};
    const sf::Color emphasised = pixel(render(emphasis), inside);
    EXPECT_FALSE(near_colour(emphasised, plain, 6)) << "initiative communes are tinted";
    EXPECT_TRUE(near_colour(pixel(render(), inside), plain)) << "the tint goes when the set empties";
}

TEST_F(MapRendererTest, HiddenCommunesShowTheCountryFill) {
    LonLat inside;
    largest_commune(inside);
    EXPECT_TRUE(renderer_->visible_by_default(layer_index("mli_communes")));
    layers_.set(layer_index("mli_communes"), false);
    EXPECT_TRUE(near_colour(pixel(render(), inside), to_sf(MapStyle{}.mali_fill)));
}

// A commune edge that is also a cercle edge is drawn once, by the stronger cercle line, while
// the cercles are shown, and comes back as a commune line when the user hides them.
TEST_F(MapRendererTest, EdgesSharedWithCerclesAreDrawnOnceAndReturnWhenCerclesAreHidden) {
    auto triangles_with = [&](std::vector<const char*> shown) {
        for (size_t i = 0; i < data_->layers.size(); ++i) layers_.set(int(i), false);
        for (const char* id : shown) layers_.set(layer_index(id), true);
        render();
        return renderer_->last_triangle_count();
    };
    const size_t communes = triangles_with({"mli_communes"});
    const size_t cercles = triangles_with({"mli_cercles"});
    const size_t both = triangles_with({"mli_communes", "mli_cercles"});
    EXPECT_GT(cercles, 0u);
    EXPECT_LT(both, communes + cercles) << "shared edges are not drawn twice";
    EXPECT_GT(both, cercles);
    EXPECT_EQ(triangles_with({"mli_communes"}), communes) << "hiding the cercles brings their edges back";
}

// Lines keep their width in pixels at every zoom: count the pixels a north-south scan finds
// on the square's southern edge (lat 15) at two scales a factor 8 apart.
TEST_F(MapRendererTest, LineWidthIsConstantInPixels) {
    const MapStyle style;
    auto edge_pixels = [&](double mpp) {
        camera_.set_center(lonlat_to_mercator({-22, 15}));
        camera_.set_meters_per_pixel(mpp);
        renderer_->finish_loading();
        sf::Image image = render();
        ScreenPoint s = camera_.lonlat_to_screen({-21.9, 15});
        int count = 0;
        for (int dy = -10; dy <= 10; ++dy) {
            sf::Color c = image.getPixel(unsigned(s.x), unsigned(s.y + dy));
            count += near_colour(c, to_sf(style.user_palette[0]), 40);
        }
        return count;
    };
    const int coarse = edge_pixels(4000), fine = edge_pixels(500);
    EXPECT_GE(coarse, 1);
    EXPECT_LE(coarse, int(style.user_line_width_px) + 1);
    EXPECT_EQ(coarse, fine);
}

// Rivers: blue lines over the commune fills. The share of a river's vertices (lon/lat, within
// `lon_from`..`lon_to`) that have a river-blue pixel within two pixels (simplification moves
// a line by up to a pixel and a half).
double river_blue_share(const sf::Image& image, const Camera& camera, const Feature& river, double lon_from, double lon_to) {
    int on = 0, all = 0;
    for_each_path(*river.lonlat(), [&](const OGRSimpleCurve& line) {
        for (int i = 0; i < line.getNumPoints(); ++i) {
            if (line.getX(i) < lon_from || line.getX(i) > lon_to) continue;
            const ScreenPoint s = camera.lonlat_to_screen({line.getX(i), line.getY(i)});
            if (s.x < 3 || s.y < 3 || s.x > kWidth - 4 || s.y > kHeight - 4) continue;
            ++all;
            bool blue = false;
            for (int dy = -2; dy <= 2; ++dy)
                for (int dx = -2; dx <= 2; ++dx) {
                    const sf::Color c = image.getPixel(unsigned(s.x + dx), unsigned(s.y + dy));
                    // Land fills and the sea background are far less blue than the river line.
                    blue = blue || (c.b > c.r + 60 && c.b > c.g + 20);
                }
            on += blue;
        }
    });
    EXPECT_GT(all, 10) << river.name << ": too few vertices in view";
    return all ? double(on) / all : 0;
}

const Feature* river_course(const Geodata& data, const std::string& name) {
    for (const Feature& f : data.layer("rivers")->features)
        if (f.name == name && water_class(f) == "River") return &f;
    return nullptr;
}

// The home view (both countries, zoom 5.5): the Niger from Ségou to Tombouctou is drawn; the
// Bagoé (scalerank 9) only once one zooms in; hiding the layer removes them.
TEST_F(MapRendererTest, TheNigerIsDrawnAtHomeMinorRiversWhenZoomedIn) {
    ASSERT_TRUE(data_->layer("rivers"));
    const Feature* niger = river_course(*data_, "Niger");
    const Feature* bagoe = river_course(*data_, "Bagoé");
    ASSERT_TRUE(niger && bagoe);
    renderer_->finish_loading();
    EXPECT_GT(river_blue_share(render(), camera_, *niger, -6.5, -3), 0.8);
    EXPECT_LT(river_blue_share(render(), camera_, *bagoe, -8, -5), 0.1) << "minor rivers wait for a closer zoom";

    camera_.set_center(lonlat_to_mercator({-6.5, 11.5}));
    camera_.set_meters_per_pixel(600);  // zoom 8
    EXPECT_GT(river_blue_share(render(), camera_, *bagoe, -8, -5), 0.8);

    layers_.set(layer_index("rivers"), false);
    EXPECT_LT(river_blue_share(render(), camera_, *bagoe, -8, -5), 0.1) << "hidden";
    camera_.set_center(lonlat_to_mercator({-8, 15}));
    camera_.set_meters_per_pixel(3500);
    EXPECT_LT(river_blue_share(render(), camera_, *niger, -6.5, -3), 0.1) << "hidden";
}

// Rivers thicken as one zooms in, within bounds.
// A first start's way: init() returns at once, the layers come in over the next draws, and the
// map ends as the one a renderer built in one go draws.
TEST_F(MapRendererTest, BuiltInTheBackgroundTheMapFillsInToTheSamePicture) {
    renderer_->finish_loading();
    const sf::Image whole = render();
    renderer_.reset();
    renderer_ = std::make_unique<MapRenderer>();
    renderer_->set_style(MapStyle{});
    renderer_->build_in_background(true);
    Diagnostics diag;
    ASSERT_TRUE(renderer_->init(*data_, diag));
    // Every commune's mesh is still to build (a third of a second at least): init did not wait.
    EXPECT_TRUE(renderer_->preparing());
    EXPECT_LT(renderer_->prepared_fraction(), 1.0f);
    int draws = 0;
    while (renderer_->preparing()) render(), ++draws;  // each draw uploads what has come
    EXPECT_GT(draws, 0);
    EXPECT_FLOAT_EQ(renderer_->prepared_fraction(), 1.0f);
    EXPECT_TRUE(renderer_->take_problems().empty());
    renderer_->finish_loading();
    const sf::Image built = render();
    ASSERT_EQ(built.getSize(), whole.getSize());
    const size_t bytes = size_t(whole.getSize().x) * whole.getSize().y * 4;
    EXPECT_EQ(std::memcmp(built.getPixelsPtr(), whole.getPixelsPtr(), bytes), 0);
}

// A first start with a cache: the levels finer than any frame has drawn go to the mesh entry,
// not to the GPU, and come back from the entry when a frame zooms in; should the entry be
// dropped (here: larger than the bound), they are built again and uploaded.
class FirstStartWithACache : public MapRendererTest {
protected:
    // The picture at Kadiolo, zoomed in, and the bytes of every level on the GPU, from a
    // renderer without a cache that uploads them all.
    void SetUp() override {
        MapRendererTest::SetUp();
        renderer_->finish_loading();
        all_levels_bytes_ = renderer_->gpu_bytes();
        zoom_in();
        zoomed_in_ = render();
    }

    void zoom_in() {
        camera_.set_center(lonlat_to_mercator({-5.55, 10.55}));
        camera_.set_meters_per_pixel(150);
    }

    // Drawn from home (3500 m/px) in the background until every level is in.
    void start_cached(const fs::path& dir, std::uintmax_t max_bytes) {
        renderer_ = std::make_unique<MapRenderer>();
        renderer_->set_style(MapStyle{});
        GeodataCacheOptions options;
        options.dir = dir;
        options.max_bytes = max_bytes;
        renderer_->use_cache(options);
        renderer_->build_in_background(true);
        Diagnostics diag;
        ASSERT_TRUE(renderer_->init(*data_, diag));
        camera_.set_center(lonlat_to_mercator({-8, 15}));
        camera_.set_meters_per_pixel(3500);
        for (int draws = 0; renderer_->loading() && draws < 20000; ++draws) render();
        ASSERT_FALSE(renderer_->loading());
        EXPECT_TRUE(renderer_->take_problems().empty());
    }

    void expect_zoomed_in_picture() {
        zoom_in();
        renderer_->finish_detail(camera_, layers_);
        const sf::Image image = render();
        ASSERT_EQ(image.getSize(), zoomed_in_.getSize());
        EXPECT_EQ(std::memcmp(image.getPixelsPtr(), zoomed_in_.getPixelsPtr(), size_t(kWidth) * kHeight * 4), 0);
    }

    size_t all_levels_bytes_ = 0;
    sf::Image zoomed_in_;
};

TEST_F(FirstStartWithACache, LevelsNoFrameDrewStayInTheEntryUntilAFrameDoes) {
    const fs::path dir = test::scratch_dir("map_renderer_test/levels_in_the_entry");
    start_cached(dir, 1ull << 30);
    EXPECT_LT(renderer_->gpu_bytes(), all_levels_bytes_ / 2);
    EXPECT_FALSE(fs::is_empty(dir));  // the entry, in place
    expect_zoomed_in_picture();
}

TEST_F(FirstStartWithACache, LevelsOfADroppedEntryAreBuiltAgain) {
    const fs::path dir = test::scratch_dir("map_renderer_test/entry_dropped");
    start_cached(dir, all_levels_bytes_);  // the meshes may take half: the entry is dropped half way
    EXPECT_EQ(renderer_->gpu_bytes(), all_levels_bytes_);  // every level built and uploaded after all
    EXPECT_TRUE(fs::is_empty(dir));
    expect_zoomed_in_picture();
}

// The renderer reads the app's layers where they lie, and the app may add layers while the
// worker still builds the finer levels: the vector of layers then moves every Layer, never a
// feature, and the map ends as it would have (under the sanitizer, any read of a moved Layer
// is an error).
TEST_F(MapRendererTest, LayersAddedWhileTheFinerLevelsAreBuiltChangeNothing) {
    renderer_->finish_loading();
    const sf::Image whole = render();
    Geodata grown = load_geodata(fs::path(CORRIDOR_SOURCE_DIR) / ".." / "shared" / "geodata");
    Diagnostics diag;
    auto holed = read_layer(write_holed_square(), ReadOptions{}, diag);
    ASSERT_TRUE(holed);
    grown.layers.push_back(std::move(*holed));
    grown.layers.shrink_to_fit();  // full: the next layer moves them all
    renderer_ = std::make_unique<MapRenderer>();
    renderer_->set_style(MapStyle{});
    ASSERT_TRUE(renderer_->init(grown, diag));
    ASSERT_TRUE(renderer_->loading());  // the finer levels are still to build
    const Layer* before = grown.layers.data();
    const Feature* feature = grown.layers[0].features.data();
    for (int i = 0; i < 8; ++i) grown.layers.emplace_back();
    ASSERT_NE(grown.layers.data(), before);
    ASSERT_EQ(grown.layers[0].features.data(), feature);
    renderer_->finish_loading();
    const sf::Image built = render();
    ASSERT_EQ(built.getSize(), whole.getSize());
    const size_t bytes = size_t(whole.getSize().x) * whole.getSize().y * 4;
    EXPECT_EQ(std::memcmp(built.getPixelsPtr(), whole.getPixelsPtr(), bytes), 0);
}

TEST(MapLayerPlan, RiverWidthGrowsWithZoom) {
    DrawItemPlan plan;
    plan.line.width_px = 2;
    EXPECT_FLOAT_EQ(line_width_at(plan, 9), 2) << "no growth asked: constant";
    plan.width_growth = 0.25f, plan.width_zoom = 6;
    EXPECT_FLOAT_EQ(line_width_at(plan, 6), 2);
    EXPECT_GT(line_width_at(plan, 8), line_width_at(plan, 7));
    EXPECT_LT(line_width_at(plan, 5), 2);
    EXPECT_GE(line_width_at(plan, 0), 1) << "never under half";
}

}  // namespace
}  // namespace corridor
