// Framing beside the panels and the panels' keys (issue 17): search and a click on a corridor
// line frame their target in the part of the window the panel about to open leaves free, with
// padding, as web maps' fitBounds does; Esc closes the panel on top; a reopened search box
// replaces its old query. Runs the real binary; the checks read the state JSON.
#include <gtest/gtest.h>

#include "core/programme/corridor_reader.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

const corridor::Corridor& northern_corridor() {
    static const std::vector<corridor::Corridor> all = [] {
        corridor::Diagnostics diag;
        return corridor::load_corridors(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/corridors.json", {}, diag);
    }();
    for (const corridor::Corridor& c : all)
        if (c.id == "northern-corridor") return c;
    throw std::runtime_error("geodata/corridors.json has no northern-corridor");
}

// Where a lon/lat point lies on screen for the camera the state JSON describes.
Rect screen_point(const json& state, corridor::LonLat p) {
    const auto [x, y] = screen_of(state, p.lon, p.lat);
    return {x, y, 0, 0};
}

// The screen box of the corridor's towns.
Rect towns_box(const json& state) {
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const corridor::CorridorTown& t : northern_corridor().towns) {
        const Rect p = screen_point(state, t.position);
        x0 = std::min(x0, p.x), y0 = std::min(y0, p.y), x1 = std::max(x1, p.x), y1 = std::max(y1, p.y);
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

// The target is clear of every panel drawn, inside the window, and not touching its edges.
void expect_framed_clear(const json& state, const Rect& target, double min_margin) {
    const double W = state["camera"]["viewport"][0], H = state["camera"]["viewport"][1];
    for (const json& p : state["panels"]) {
        if (p["rect"].is_null()) continue;
        EXPECT_FALSE(overlap(target, rect_of(p["rect"]))) << "the target lies under panel " << p["id"];
    }
    EXPECT_GE(target.x, min_margin);
    EXPECT_GE(target.y, min_margin);
    EXPECT_LE(target.x + target.w, W - min_margin);
    EXPECT_LE(target.y + target.h, H - min_margin);
}

}  // namespace

TEST(Framing, SearchForTheNorthernCorridorFramesItBesideItsPanel) {
    const fs::path dir = scripted_dir("framing_search");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "search",
                           {{{"key", "Ctrl+F"}},
                            {{"text", "corridor nord"}},
                            {{"key", "Enter"}},
                            {{"settle", 300}},
                            {{"wait", 2}},
                            {{"screenshot", (dir / "search.png").string()}},
                            {{"state", (dir / "search.json").string()}}},
                           &out),
              0)
        << out;
    const json s = read_json_file(dir / "search.json");
    ASSERT_TRUE(has_panel(s, "corridor")) << s["panels"].dump();
    EXPECT_EQ(s["selection"]["id"], "northern-corridor");
    const Rect box = towns_box(s);
    expect_framed_clear(s, box, 20);
    // Framed, not merely visible: the corridor fills a good part of the free width.
    EXPECT_GT(box.w, 0.6 * s["map_area"]["w"].get<double>()) << box.w;
}

TEST(Framing, ClickOnTheCorridorLineFramesTheCorridor) {
    const auto& a = northern_corridor().towns[0].position;
    const auto& b = northern_corridor().towns[1].position;
    const double lon = (a.lon + b.lon) / 2, lat = (a.lat + b.lat) / 2;
    const fs::path dir = scripted_dir("framing_click");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "click",
                           {{{"view", {{"lon", lon}, {"lat", lat}, {"zoom", 7}}}},
                            {{"wait", 2}},
                            {{"state", (dir / "before.json").string()}},
                            {{"click", {{"lon", lon}, {"lat", lat}}}},
                            {{"settle", 300}},
                            {{"wait", 2}},
                            {{"screenshot", (dir / "click.png").string()}},
                            {{"state", (dir / "click.json").string()}}},
                           &out),
              0)
        << out;
    const json before = read_json_file(dir / "before.json");
    const json s = read_json_file(dir / "click.json");
    ASSERT_TRUE(has_panel(s, "corridor")) << s["panels"].dump();
    EXPECT_EQ(s["selection"]["id"], "northern-corridor");
    expect_framed_clear(s, towns_box(s), 20);
    EXPECT_GT(s["camera"]["zoom"].get<double>(), before["camera"]["zoom"].get<double>()) << "the click zoomed to the corridor";
}

TEST(Framing, EscClosesTheCorridorPanelThenTheCommunePanel) {
    const fs::path dir = scripted_dir("framing_esc");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "esc",
                           {{{"key", "Ctrl+F"}},
                            {{"text", "corridor nord"}},
                            {{"key", "Enter"}},
                            {{"wait", 3}},
                            {{"state", (dir / "open.json").string()}},
                            {{"key", "Escape"}},
                            {{"wait", 2}},
                            {{"state", (dir / "closed.json").string()}}},
                           &out),
              0)
        << out;
    EXPECT_TRUE(has_panel(read_json_file(dir / "open.json"), "corridor"));
    const json closed = read_json_file(dir / "closed.json");
    EXPECT_FALSE(has_panel(closed, "corridor")) << closed["panels"].dump();
    EXPECT_TRUE(closed["selection"].is_null());
}

TEST(Framing, ReopenedSearchReplacesTheOldQuery) {
    const fs::path dir = scripted_dir("framing_reopen");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "reopen",
                           {{{"key", "Ctrl+F"}},
                            {{"text", "djenne"}},
                            {{"key", "Escape"}},
                            {{"key", "Ctrl+F"}},
                            {{"text", "corridor nord"}},
                            {{"state", (dir / "reopened.json").string()}}},
                           &out),
              0)
        << out;
    const json s = read_json_file(dir / "reopened.json");
    EXPECT_TRUE(s["search"]["open"]);
    EXPECT_EQ(s["search"]["query"], "corridor nord") << "typing replaces the selected old query";
}
