// Scripted runs of the real viewer binary (under the Xvfb display ctest runs in), checked on
// the screenshot's pixels and the state JSON, as a user would see them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <algorithm>
#include <string>

#include <SFML/Graphics/Image.hpp>
#include <nlohmann/json.hpp>

#if __has_include("viewer/map/map_style.h")
#include "core/base/resource_paths.h"
#include "scripted_app.h"
#include "viewer/map/map_style.h"
#define CORRIDOR_HAVE_MAP_STYLE 1
#endif

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using corridor::test::lonlat;

fs::path tmp_dir() { return corridor::test::scripted_dir("scripted_run"); }

// Runs the viewer on `script` (steps only; size 1024x768); returns its exit code.
int run_script(const std::string& name, const json& steps, std::string* output = nullptr) {
    return corridor::test::run_scripted(tmp_dir(), name, steps, output);
}

json read_json(const fs::path& p) { return corridor::test::read_json_file(p); }
json view_at(double lon, double lat, double zoom) { return corridor::test::view_step(lon, lat, zoom); }

constexpr double kSikassoLon = -5.669156, kSikassoLat = 11.311863;
constexpr double kKadioloLon = -5.762108, kKadioloLat = 10.552181;
// Inside the same communes but clear of the initiative markers drawn on the towns, which take
// clicks before the communes.
constexpr double kOffMarker = 0.03;

using corridor::test::has_panel;

}  // namespace

TEST(ScriptedRun, CommuneFillAndSeaBackground) {
    fs::path dir = tmp_dir();
    std::string out;
    ASSERT_EQ(run_script("colours",
                         {view_at(kSikassoLon - 2 * kOffMarker, kSikassoLat, 11), {{"screenshot", (dir / "sikasso.png").string()}},
                          view_at(-21, 10, 7), {{"screenshot", (dir / "atlantic.png").string()}},
                          {{"state", (dir / "colours_state.json").string()}}},
                         &out),
              0)
        << out;
    sf::Image sikasso, atlantic;
    ASSERT_TRUE(sikasso.loadFromFile((dir / "sikasso.png").string()));
    ASSERT_TRUE(atlantic.loadFromFile((dir / "atlantic.png").string()));
    ASSERT_EQ(sikasso.getSize().x, 1024u);
    // Near the town, off its symbol: the most frequent colour of a small patch, since names
    // (labels with their halo) may cover some of its pixels.
    std::map<uint32_t, int> counts;
    for (unsigned y = 384; y < 384 + 25; ++y)
        for (unsigned x = 512; x < 512 + 25; ++x) ++counts[sikasso.getPixel(x, y).toInteger()];
    sf::Color land(std::max_element(counts.begin(), counts.end(), [](auto& a, auto& b) { return a.second < b.second; })->first);
    sf::Color sea = atlantic.getPixel(512, 384);
    EXPECT_NE(land, sea);
#ifdef CORRIDOR_HAVE_MAP_STYLE
    corridor::Diagnostics diag;
    corridor::MapStyle style = corridor::load_map_style(corridor::project_geodata_path("styles/map_style.json"), diag);
    corridor::Rgba fill = corridor::varied_fill(style.mali_fill, "ML030536", style.tint_variation);
    EXPECT_NEAR(land.r, fill.r, 2);
    EXPECT_NEAR(land.g, fill.g, 2);
    EXPECT_NEAR(land.b, fill.b, 2);
    EXPECT_EQ(sea, sf::Color(style.background.r, style.background.g, style.background.b));
#endif
    json state = read_json(dir / "colours_state.json");
    EXPECT_NEAR(state["camera"]["center"]["lon"].get<double>(), -21, 1e-6);
    EXPECT_NEAR(state["camera"]["zoom"].get<double>(), 7, 1e-9);
}

TEST(ScriptedRun, ClickSelectsHoverShowsTooltipEscapeCloses) {
    fs::path dir = tmp_dir();
    std::string out;
    ASSERT_EQ(run_script("click",
                         {view_at(kKadioloLon, kKadioloLat, 10), {{"click", lonlat(kKadioloLon + kOffMarker, kKadioloLat + kOffMarker)}},
                          {{"state", (dir / "after_click.json").string()}},
                          {{"move", lonlat(kKadioloLon + 0.02, kKadioloLat + 0.02)}},
                          {{"state", (dir / "after_move.json").string()}},
                          {{"key", "Escape"}},
                          {{"state", (dir / "after_escape.json").string()}}},
                         &out),
              0)
        << out;
    json clicked = read_json(dir / "after_click.json");
    ASSERT_FALSE(clicked["selected"].is_null()) << clicked.dump(2);
    EXPECT_EQ(clicked["selected"]["id"], "ML030204");
    EXPECT_EQ(clicked["selected"]["kind"], "commune");
    EXPECT_EQ(clicked["selected"]["layer"], "mli_communes");
    EXPECT_TRUE(has_panel(clicked, "feature"));

    json moved = read_json(dir / "after_move.json");
    ASSERT_FALSE(moved["hovered"].is_null());
    EXPECT_EQ(moved["hovered"]["id"], "ML030204");  // still inside Kadiolo's commune
    EXPECT_TRUE(moved["tooltip"]["visible"].get<bool>());
    std::string tip = moved["tooltip"]["text"];
    EXPECT_NE(tip.find("Kadiolo"), std::string::npos) << tip;
    EXPECT_NE(tip.find("Sikasso"), std::string::npos) << tip;  // its region
    EXPECT_NE(tip.find("Mali"), std::string::npos) << tip;

    json escaped = read_json(dir / "after_escape.json");
    EXPECT_TRUE(escaped["selected"].is_null());
    EXPECT_FALSE(has_panel(escaped, "feature"));
}

TEST(ScriptedRun, ClickOnEmptySeaClosesThePanel) {
    fs::path dir = tmp_dir();
    ASSERT_EQ(run_script("empty", {view_at(kKadioloLon + kOffMarker, kKadioloLat + kOffMarker, 10), {{"click", {{"x", 512}, {"y", 384}}}},
                                   {{"state", (dir / "empty_1.json").string()}}, view_at(-21, 10, 7),
                                   {{"click", {{"x", 512}, {"y", 384}}}}, {{"state", (dir / "empty_2.json").string()}}}),
              0);
    EXPECT_FALSE(read_json(dir / "empty_1.json")["selected"].is_null());
    json after = read_json(dir / "empty_2.json");
    EXPECT_TRUE(after["selected"].is_null());
    EXPECT_FALSE(has_panel(after, "feature"));
}

TEST(ScriptedRun, BadScriptNamesFileAndPathWithExitCode2) {
    fs::path dir = tmp_dir();
    std::string out;
    EXPECT_EQ(run_script("bad", {{{"wait", 1}}, {{"click", {{"lon", "east"}, {"lat", 10}}}}}, &out), 2);
    EXPECT_NE(out.find((dir / "bad.json").string()), std::string::npos) << out;
    EXPECT_NE(out.find("/steps/1/click/lon"), std::string::npos) << out;
}
