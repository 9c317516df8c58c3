// The first-run layout through the real binary with a fresh config (no imgui.ini): the docked
// panels never overlap each other or the map furniture (scale bar, cursor readout,
// attribution), and the home view frames Mali and Burkina Faso where no panel covers the map.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/project/projection.h"
#include "scripted_app.h"

using nlohmann::json;

namespace {

struct Rect {
    double x0, y0, x1, y1;
};

Rect rect_of(const json& r) {
    double x = r.at("x"), y = r.at("y"), w = r.at("w"), h = r.at("h");
    return {x, y, x + w, y + h};
}

// More than half a pixel of shared area: windows that only touch do not overlap.
bool overlap(const Rect& a, const Rect& b) {
    return std::min(a.x1, b.x1) - std::max(a.x0, b.x0) > 0.5 && std::min(a.y1, b.y1) - std::max(a.y0, b.y0) > 0.5;
}

std::string describe(const Rect& r) {
    return "[" + std::to_string(int(r.x0)) + "," + std::to_string(int(r.y0)) + " - " + std::to_string(int(r.x1)) + "," +
           std::to_string(int(r.y1)) + "]";
}

// Mali and Burkina Faso together, from their published extents (Mali 12.24°W–4.27°E,
// 10.16°N–25.0°N; Burkina Faso 5.52°W–2.41°E, 9.40°N–15.08°N), not from the data's bounds.
constexpr double kWest = -12.24, kEast = 4.27, kSouth = 9.40, kNorth = 25.0;

// Where a lon/lat lies on screen for the camera the state JSON reports.
std::pair<double, double> to_screen(const json& camera, double lon, double lat) {
    const corridor::MapPoint c = corridor::lonlat_to_mercator({camera["center"]["lon"], camera["center"]["lat"]});
    const corridor::MapPoint p = corridor::lonlat_to_mercator({lon, lat});
    const double mpp = camera["meters_per_pixel"], w = camera["viewport"][0], h = camera["viewport"][1];
    return {w / 2 + (p.x - c.x) / mpp, h / 2 - (p.y - c.y) / mpp};
}

class FirstRunLayout : public ::testing::TestWithParam<std::pair<int, int>> {};

}  // namespace

TEST_P(FirstRunLayout, PanelsFurnitureAndHomeViewKeepClearOfEachOther) {
    const auto [w, h] = GetParam();
    const std::string size = std::to_string(w) + "x" + std::to_string(h);
    const auto dir = corridor::test::scripted_dir("first_run_layout");
    const json steps = {{{"wait", 3}},
                        {{"screenshot", (dir / (size + ".png")).string()}},
                        {{"state", (dir / (size + ".json")).string()}}};
    std::string log;
    ASSERT_EQ(corridor::test::run_scripted(dir, "layout_" + size, steps, &log, "fr", {w, h}), 0) << log;
    const json s = corridor::test::read_json_file(dir / (size + ".json"));

    std::vector<std::pair<std::string, Rect>> panels;
    for (const json& p : s["panels"]) {
        ASSERT_FALSE(p["rect"].is_null()) << p["id"];
        panels.push_back({p["id"], rect_of(p["rect"])});
    }
    std::vector<std::string> ids;
    for (const auto& p : panels) ids.push_back(p.first);
    for (const char* first_run : {"initiatives", "legend"})
        EXPECT_NE(std::find(ids.begin(), ids.end(), first_run), ids.end()) << first_run << " is open on first run";

    for (size_t i = 0; i < panels.size(); ++i)
        for (size_t j = i + 1; j < panels.size(); ++j)
            EXPECT_FALSE(overlap(panels[i].second, panels[j].second))
                << panels[i].first << " " << describe(panels[i].second) << " overlaps " << panels[j].first << " "
                << describe(panels[j].second);

    for (const char* name : {"scale_bar", "cursor", "attribution"}) {
        ASSERT_FALSE(s["furniture"][name].is_null()) << name << " is drawn at the home view";
        const Rect f = rect_of(s["furniture"][name]);
        EXPECT_GE(f.x0, -0.5) << name;
        EXPECT_LE(f.y1, h + 0.5) << name;
        for (const auto& [id, r] : panels)
            EXPECT_FALSE(overlap(r, f)) << id << " " << describe(r) << " covers the " << name << " " << describe(f);
    }

    // The sources line, in French, as drawn: at 1280 px it is too long for its room and must
    // say it was cut (a cut once stopped mid-word with no "…"); the whole of it shows on hover.
    const std::string sources = s["furniture"]["attribution_text"];
    EXPECT_EQ(sources.rfind("Réalisé avec Natural Earth", 0), 0u) << sources;
    EXPECT_EQ(sources.find("\xEF\xBF\xBD"), std::string::npos) << "cut inside a character: " << sources;
    const std::string ellipsis = "…";
    if (w == 1280) {
        EXPECT_TRUE(sources.size() > ellipsis.size() && sources.substr(sources.size() - ellipsis.size()) == ellipsis)
            << sources;
    }

    // Home: both countries inside the window, below the menu bar, under no panel.
    const auto [x0, y0] = to_screen(s["camera"], kWest, kNorth);
    const auto [x1, y1] = to_screen(s["camera"], kEast, kSouth);
    const Rect home{x0, y0, x1, y1};
    const Rect area = rect_of(s["map_area"]);
    EXPECT_GT(area.y0, 0) << "the menu bar is not map";
    EXPECT_GE(home.x0, area.x0) << describe(home) << " in " << describe(area);
    EXPECT_GE(home.y0, area.y0) << describe(home) << " in " << describe(area);
    EXPECT_LE(home.x1, area.x1) << describe(home) << " in " << describe(area);
    EXPECT_LE(home.y1, area.y1) << describe(home) << " in " << describe(area);
    for (const auto& [id, r] : panels)
        EXPECT_FALSE(overlap(r, home)) << id << " " << describe(r) << " covers part of the home view " << describe(home);
    // And it uses that room: the countries span most of the free height or width.
    EXPECT_GT(std::max((home.x1 - home.x0) / (area.x1 - area.x0), (home.y1 - home.y0) / (area.y1 - area.y0)), 0.8);
}

INSTANTIATE_TEST_SUITE_P(Scripted, FirstRunLayout,
                         ::testing::Values(std::pair{1280, 800}, std::pair{1920, 1080}),
                         [](const auto& info) {
                             return std::to_string(info.param.first) + "x" + std::to_string(info.param.second);
                         });
