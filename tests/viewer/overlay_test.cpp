// Initiatives and corridors on the map, driven as a user would: the real binary plays a script
// (clicks go through App::handle_event) and the state JSON says what the panels show.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/measure/corridor_analysis.h"
#include "core/programme/corridor_reader.h"
#include "scripted_app.h"
#include "viewer/programme/overlay_filters.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

using corridor::test::lonlat;

fs::path tmp_dir() { return corridor::test::scripted_dir("overlay"); }

int run_script(const std::string& name, const json& steps, std::string& output) {
    return corridor::test::run_scripted(tmp_dir(), name, steps, &output, "en", {1280, 800});
}

json read_json(const fs::path& p) { return corridor::test::read_json_file(p); }

using corridor::test::has_panel;

bool contains(const json& list, const std::string& value) {
    for (const auto& v : list)
        if (v == value) return true;
    return false;
}

// Kadiolo's town, where geodata/initiatives.json puts both Kadiolo initiatives.
constexpr double kKadioloLon = -5.762108, kKadioloLat = 10.552181;

}  // namespace

TEST(Overlay, ClickOnKadioloMarkerListsItsInitiativesInTheCurrentLanguage) {
    fs::path dir = tmp_dir();
    std::string out;
    ASSERT_EQ(run_script("kadiolo",
                         {{{"view", {{"lon", kKadioloLon}, {"lat", kKadioloLat}, {"zoom", 10}}}},
                          {{"wait", 2}},
                          {{"state", (dir / "kadiolo_before.json").string()}},
                          {{"click", lonlat(kKadioloLon, kKadioloLat)}},
                          {{"wait", 2}},
                          {{"state", (dir / "kadiolo_en.json").string()}},
                          {{"lang", "fr"}},
                          {{"wait", 2}},
                          {{"screenshot", (dir / "kadiolo_fr.png").string()}},
                          {{"state", (dir / "kadiolo_fr.json").string()}}},
                         out),
              0)
        << out;
    // The marker is drawn where the click lands: the centre of the window.
    json before = read_json(dir / "kadiolo_before.json");
    bool marker_at_centre = false;
    for (const auto& m : before["markers"])
        if (std::abs(m["x"].get<double>() - 640) < 2 && std::abs(m["y"].get<double>() - 400) < 2 &&
            contains(m["ids"], "kadiolo-central-market"))
            marker_at_centre = true;
    EXPECT_TRUE(marker_at_centre) << before["markers"].dump();

    json en = read_json(dir / "kadiolo_en.json");
    ASSERT_TRUE(has_panel(en, "initiative")) << en["panels"].dump();
    ASSERT_TRUE(en["selection"].is_object());
    EXPECT_TRUE(contains(en["selection"]["ids"], "kadiolo-central-market"));
    EXPECT_TRUE(contains(en["selection"]["ids"], "kadiolo-business-cashew-training"));
    EXPECT_EQ(en["selection"]["ids"].size(), 2u);
    // The marker took the click: the commune under it is not selected.
    EXPECT_TRUE(en["selected"].is_null()) << en["selected"].dump();

    json fr = read_json(dir / "kadiolo_fr.json");
    EXPECT_EQ(fr["language"], "fr");
    ASSERT_TRUE(has_panel(fr, "initiative"));
    EXPECT_NE(en["selection"]["title"], fr["selection"]["title"]);
    EXPECT_NE(fr["selection"]["title"].get<std::string>().find("Kadiolo"), std::string::npos);
    // The initiative titles themselves come from the file's French texts.
    EXPECT_NE(en["selection"]["titles"], fr["selection"]["titles"]);
}

TEST(Overlay, ClickOnNorthernCorridorOpensItsPanelWithGeodesicLengths) {
    corridor::Diagnostics diag;
    auto corridors = corridor::load_corridors(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/corridors.json", {}, diag);
    const corridor::Corridor* northern = nullptr;
    for (const auto& c : corridors)
        if (c.id == "northern-corridor") northern = &c;
    ASSERT_NE(northern, nullptr);
    ASSERT_EQ(northern->towns.size(), 3u);
    const double expected_km = corridor::corridor_length(*northern).total_km;

    // Halfway between the first two towns: on the line, far from the town markers.
    const auto& a = northern->towns[0].position;
    const auto& b = northern->towns[1].position;
    const double lon = (a.lon + b.lon) / 2, lat = (a.lat + b.lat) / 2;
    fs::path dir = tmp_dir();
    std::string out;
    ASSERT_EQ(run_script("northern",
                         {{{"view", {{"lon", lon}, {"lat", lat}, {"zoom", 9}}}},
                          {{"wait", 2}},
                          {{"click", lonlat(lon, lat)}},
                          {{"wait", 3}},
                          {{"screenshot", (dir / "northern.png").string()}},
                          {{"state", (dir / "northern.json").string()}}},
                         out),
              0)
        << out;
    json s = read_json(dir / "northern.json");
    ASSERT_TRUE(has_panel(s, "corridor")) << s["panels"].dump();
    EXPECT_EQ(s["selection"]["kind"], "corridor");
    EXPECT_EQ(s["selection"]["id"], "northern-corridor");
    const json& panel = s["corridor_panel"];
    ASSERT_TRUE(panel.is_object());
    EXPECT_EQ(panel["legs"].size(), 2u);  // three towns
    EXPECT_NEAR(panel["total_km"].get<double>(), expected_km, 0.1);
    double sum = 0;
    for (const auto& leg : panel["legs"]) sum += leg["km"].get<double>();
    EXPECT_NEAR(sum, expected_km, 0.1);
    EXPECT_GT(panel["communes_within"].get<int>(), 0);
    EXPECT_TRUE(s["selected"].is_null());
}

TEST(OverlayFilters, YearRangeHidesDatedOnesOutsideAndKeepsUndated) {
    corridor::Initiative dated, undated;
    dated.date.status = corridor::DateStatus::Dated;
    dated.date.start = "2013-06";
    dated.date.precision = corridor::DatePrecision::Month;
    corridor::OverlayFilters f;
    EXPECT_TRUE(f.shows(dated));
    EXPECT_TRUE(f.shows(undated));
    f.year_from = 2014;
    EXPECT_FALSE(f.shows(dated));
    EXPECT_TRUE(f.shows(undated));
    f.show_undated = false;
    EXPECT_FALSE(f.shows(undated));
    f.year_from = 2013, f.year_to = 2013;
    EXPECT_TRUE(f.shows(dated));
    f.hidden_themes.insert(dated.theme);
    EXPECT_FALSE(f.shows(dated));
}

TEST(OverlayFilters, TextIgnoresAccentsAndCase) {
    corridor::Initiative in;
    in.title.fr = "Marché central de Kadiolo";
    in.title.en = "Kadiolo central market";
    corridor::OverlayFilters f;
    f.text = "MARCHE";
    EXPECT_TRUE(f.matches_text(in));
    f.text = "ségou";
    EXPECT_FALSE(f.matches_text(in));
}
