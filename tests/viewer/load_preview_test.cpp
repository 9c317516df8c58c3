// While the boundary data is read, each layer is drawn as soon as it is in: the reading thread
// hands it to LoadStatus, which makes its preview (its plan's lines, thinned), and LoadPreview
// draws what has arrived. Needs a display for the drawing: run under xvfb-run.
#include "viewer/map/load_preview.h"

#include <algorithm>
#include <set>

#include <SFML/Graphics.hpp>
#include <gtest/gtest.h>

#include "core/cache/geodata_cache.h"
#include "viewer/map/map_layer_plan.h"
#include "viewer/shell/background_load.h"
#include "fixtures.h"
#include "real_geodata.h"

namespace corridor {
namespace {

constexpr double kTolerance = 2900;  // what the app asks at 1280 pixels wide

const Layer& real(const char* id) {
    const Layer* layer = test::real_geodata().layer(id);
    EXPECT_TRUE(layer) << id;
    return *layer;
}

TEST(LoadPreview, ALayersPreviewIsItsPlansLinesInTheirColours) {
    const MapStyle style;
    const LayerPreview communes = preview_of(real("mli_communes"), style, kTolerance);
    EXPECT_EQ(communes.layer_id, "mli_communes");
    ASSERT_EQ(communes.items.size(), 1u);
    EXPECT_EQ(communes.items[0].order, kOrderCommuneLine);
    EXPECT_EQ(communes.items[0].colour, style.commune_line.color);
    EXPECT_GT(communes.items[0].lines.line_count(), 700u);  // a ring or more for each of the 703 communes

    // Rivers: one item per class, the minor ones from their zoom on, as the map draws them.
    const LayerPreview rivers = preview_of(real("rivers"), style, kTolerance);
    std::vector<DrawItemPlan> plans = plan_layer(real("rivers"), 0, style, 0);
    std::vector<double> planned_zooms;
    for (const DrawItemPlan& p : plans)
        if (p.kind == MeshKind::Lines) planned_zooms.push_back(p.min_zoom);
    ASSERT_EQ(rivers.items.size(), planned_zooms.size());
    for (size_t k = 0; k < rivers.items.size(); ++k) {
        EXPECT_EQ(rivers.items[k].min_zoom, planned_zooms[k]);
        EXPECT_EQ(rivers.items[k].colour, style.river_lines[k].color);
    }
    // Places are dots and names, drawn once the map is: nothing to preview.
    EXPECT_TRUE(preview_of(real("places_mali"), style, kTolerance).items.empty());
}

class LoadPreviewDrawing : public ::testing::Test {
protected:
    static constexpr unsigned kWidth = 1000, kHeight = 800;
    void SetUp() override {
        ASSERT_TRUE(target_.create(kWidth, kHeight));
        camera_ = Camera(kWidth, kHeight);
        Box both = real("mli_communes").bounds;
        both.expand(real("bfa_communes").bounds.min_x, real("bfa_communes").bounds.min_y);
        both.expand(real("bfa_communes").bounds.max_x, real("bfa_communes").bounds.max_y);
        camera_.fit(both);
    }
    // Pixels that are no longer the background, inside and outside a layer's box.
    std::pair<int, int> drawn_pixels(const Box& inside) {
        target_.display();
        const sf::Image image = target_.getTexture().copyToImage();
        // Each picture kept, to look at after a failure.
        image.saveToFile((test::scratch_dir("load_preview") / ("drawn-" + std::to_string(++pictures_) + ".png")).string());
        int in = 0, out = 0;
        for (unsigned y = 0; y < kHeight; ++y)
            for (unsigned x = 0; x < kWidth; ++x) {
                if (image.getPixel(x, y) == kBackground) continue;
                const MapPoint m = camera_.screen_to_map({x + 0.5, y + 0.5});
                (inside.contains(m.x, m.y) ? in : out)++;
            }
        return {in, out};
    }
    std::vector<std::string> draw() {
        target_.clear(kBackground);
        return preview_.draw(target_, camera_);
    }

    const sf::Color kBackground{170, 211, 223};
    int pictures_ = 0;
    sf::RenderTexture target_;
    Camera camera_;
    LoadPreview preview_;
};

TEST_F(LoadPreviewDrawing, EachLayerIsDrawnOnceAddedWhereItLies) {
    const MapStyle style;
    EXPECT_TRUE(preview_.empty());
    EXPECT_TRUE(draw().empty());
    EXPECT_EQ(drawn_pixels(Box{}).second, 0);

    preview_.add(preview_of(real("bfa_communes"), style, kTolerance));
    EXPECT_EQ(draw(), std::vector<std::string>{"bfa_communes"});
    const Box burkina = real("bfa_communes").bounds;
    const auto [in, out] = drawn_pixels(burkina);
    EXPECT_GT(in, 5000) << "Burkina's commune boundaries are drawn";
    EXPECT_LT(out, in / 100) << "and nothing outside the country's box";

    // A second layer joins the first; the same order draws in the order the layers came.
    preview_.add(preview_of(real("mli_communes"), style, kTolerance));
    EXPECT_EQ(draw(), (std::vector<std::string>{"bfa_communes", "mli_communes"}));
    const auto [in_after, out_after] = drawn_pixels(burkina);
    EXPECT_GT(out_after, 10000) << "Mali's communes are drawn too";
    EXPECT_GE(in_after, in);

    // The view moves: the lines move with it.
    camera_.pan_pixels(200, 0);
    draw();
    const auto [in_moved, out_moved] = drawn_pixels(burkina);
    EXPECT_GT(in_moved, 5000);
    EXPECT_GT(out_moved, 0);

    preview_.clear();
    EXPECT_TRUE(preview_.empty());
    EXPECT_TRUE(draw().empty());
    EXPECT_EQ(drawn_pixels(Box{}).second, 0);
}

TEST(LoadStatus, HandsOverAPreviewOfEachLayerReadFromItsFileNotFromTheCache) {
    GeodataCacheOptions cache;
    cache.dir = test::scratch_dir("load_preview_cache");
    cache.program_identity = "load preview test";
    LoadStatus status(MapStyle{}, kTolerance);
    const Geodata data = load_geodata_cached(test::real_data_dir(), cache, [&](const LayerLoadEvent& e) { status.set(e); });

    std::vector<LayerPreview> previews = status.take_previews();
    ASSERT_EQ(previews.size(), data.layers.size());
    std::set<std::string> ids;
    for (const LayerPreview& p : previews) {
        ids.insert(p.layer_id);
        const Layer* layer = data.layer(p.layer_id);
        ASSERT_TRUE(layer) << p.layer_id;
        // Boundaries and rivers are lines; places are points, lakes are fills: nothing to preview.
        if (layer->level != AdminLevel::None || layer->kind == GeometryKind::Point) {
            EXPECT_EQ(p.items.empty(), layer->kind == GeometryKind::Point) << p.layer_id;
        }
    }
    EXPECT_EQ(ids.size(), data.layers.size());
    EXPECT_TRUE(status.take_previews().empty()) << "each preview is handed over once";
    for (const LayerProgress& line : status.layers()) EXPECT_EQ(line.state, LayerLoadState::Read) << line.layer_id;

    // From the cache the whole data arrives at once: nothing to preview.
    LoadStatus warm(MapStyle{}, kTolerance);
    load_geodata_cached(test::real_data_dir(), cache, [&](const LayerLoadEvent& e) { warm.set(e); });
    EXPECT_TRUE(warm.take_previews().empty());
    EXPECT_EQ(warm.layers().size(), data.layers.size());
}

TEST(LoadStatus, ItsFractionIsOfTheBytesToRead) {
    LoadStatus status;
    status.set({"big", LayerLoadState::Waiting, nullptr, 900});
    status.set({"small", LayerLoadState::Waiting, nullptr, 100});
    EXPECT_EQ(status.fraction(), 0.0f);
    status.set({"small", LayerLoadState::Reading});  // an event without a size keeps the one known
    status.set({"small", LayerLoadState::Read});
    EXPECT_NEAR(status.fraction(), 0.1f, 1e-6);
    status.set({"big", LayerLoadState::Failed});  // read or not, it is done with
    EXPECT_EQ(status.fraction(), 1.0f);
    ASSERT_EQ(status.layers().size(), 2u);
    EXPECT_EQ(status.layers()[0].file_bytes, 900u);

    // Without sizes (a cache's layers), by count.
    LoadStatus counted;
    for (const char* id : {"a", "b", "c", "d"}) counted.set({id, LayerLoadState::Waiting});
    counted.set({"c", LayerLoadState::Read});
    EXPECT_EQ(counted.fraction(), 0.25f);
}

TEST(LoadStatus, ASketchIsDrawnOnlyWhenTheMapIsStillASecondAway) {
    using seconds = std::chrono::duration<double>;
    const seconds wait(1);
    EXPECT_FALSE(sketch_worth_drawing(seconds(0.5), 0.0f, wait)) << "the first second: the map may come in it";
    EXPECT_TRUE(sketch_worth_drawing(seconds(1.2), 0.0f, wait)) << "the biggest file not read yet";
    EXPECT_FALSE(sketch_worth_drawing(seconds(1.2), 0.9f, wait)) << "the rest at this pace: 0.13 s";
    EXPECT_TRUE(sketch_worth_drawing(seconds(1.2), 0.5f, wait)) << "the rest at this pace: 1.2 s";
    EXPECT_FALSE(sketch_worth_drawing(seconds(3.0), 0.8f, wait)) << "0.75 s to go";
    EXPECT_TRUE(sketch_worth_drawing(seconds(5.0), 0.8f, wait)) << "1.25 s to go";
    EXPECT_FALSE(sketch_worth_drawing(seconds(5.0), 1.0f, wait)) << "all read";
}

}  // namespace
}  // namespace corridor
