// Labels on the real data, through the real binary: at several zoom levels every placed label
// is listed with its screen box, no two boxes share area, none lies under an open panel or off
// the screen, and the same camera gives the same labels again.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

// Every check a reader of the map makes, on one state dump.
void expect_clean_labels(const json& state, const std::string& where) {
    SCOPED_TRACE(where);
    ASSERT_TRUE(state.contains("labels")) << "no labels section";
    const json& labels = state["labels"];
    const double vw = state["camera"]["viewport"][0], vh = state["camera"]["viewport"][1];
    std::vector<Rect> panels;
    for (const json& p : state["panels"])
        if (!p["rect"].is_null()) panels.push_back(rect_of(p["rect"]));
    for (size_t i = 0; i < labels.size(); ++i) {
        const Rect a = rect_of(labels[i]["box"]);
        const std::string text = labels[i]["text"];
        EXPECT_FALSE(text.empty());
        EXPECT_GT(a.w, 0) << text;
        EXPECT_GE(a.x, 0) << text << " starts left of the window";
        EXPECT_GE(a.y, 0) << text << " starts above the window";
        EXPECT_LE(a.x + a.w, vw) << text << " runs off the right edge";
        EXPECT_LE(a.y + a.h, vh) << text << " runs off the bottom edge";
        for (size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(overlap(a, rect_of(labels[j]["box"]))) << text << " collides with " << labels[j]["text"];
        for (const Rect& p : panels) EXPECT_FALSE(overlap(a, p)) << text << " lies under a panel";
    }
}

bool has_label(const json& state, const std::string& text, const std::string& rank = "") {
    for (const json& l : state["labels"])
        if (l["text"] == text && (rank.empty() || l["rank"] == rank)) return true;
    return false;
}

constexpr double kSikassoLon = -5.669156, kSikassoLat = 11.311863;
constexpr double kMoptiLon = -4.194090, kMoptiLat = 14.487754;
constexpr double kKadioloLon = -5.762108, kKadioloLat = 10.552181;

}  // namespace

TEST(Labels, NoCollisionsAtFourZoomsOnTheRealData) {
    const fs::path dir = scripted_dir("labels");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "zooms",
                           {{{"wait", 2}},
                            {{"state", (dir / "home.json").string()}},
                            view_step(kSikassoLon, kSikassoLat, 7),
                            {{"wait", 2}},
                            {{"state", (dir / "sikasso7.json").string()}},
                            view_step(kMoptiLon, kMoptiLat, 9),
                            {{"wait", 2}},
                            {{"state", (dir / "mopti9.json").string()}},
                            view_step(kKadioloLon, kKadioloLat, 11),
                            {{"wait", 2}},
                            {{"screenshot", (dir / "kadiolo11.png").string()}},
                            {{"state", (dir / "kadiolo11.json").string()}}},
                           &out),
              0)
        << out;
    const json home = read_json_file(dir / "home.json"), sikasso = read_json_file(dir / "sikasso7.json"),
               mopti = read_json_file(dir / "mopti9.json"), kadiolo = read_json_file(dir / "kadiolo11.json");
    for (const auto& [name, s] : {std::pair{"home", &home}, {"sikasso7", &sikasso}, {"mopti9", &mopti}, {"kadiolo11", &kadiolo}}) {
        expect_clean_labels(*s, name);
        EXPECT_FALSE((*s)["labels"].empty()) << name << ": a map of named places shows some names";
    }
    // Panels are open by default (legend, initiatives): their rectangles are in the state, so
    // the check above really tested something.
    bool panel_with_rect = false;
    for (const json& p : home["panels"]) panel_with_rect |= !p["rect"].is_null();
    EXPECT_TRUE(panel_with_rect);

    // Mali fills most of the home view: its name shows, in capitals (Burkina Faso's may give
    // way to the initiative markers and Ouagadougou). Every country name is in capitals.
    EXPECT_TRUE(has_label(home, "MALI", "country"));
    for (const json& l : home["labels"])
        if (l["rank"] == "country") {
            const std::string t = l["text"];
            EXPECT_EQ(t.find_first_of("abcdefghijklmnopqrstuvwxyz"), std::string::npos) << t;
        }
    // Villages are named only when zoomed in (label_rules: from zoom 11).
    for (const json* s : {&home, &sikasso, &mopti})
        for (const json& l : (*s)["labels"]) EXPECT_NE(l["rank"], "village") << l["text"];
    bool village = false;
    for (const json& l : kadiolo["labels"]) village |= l["rank"] == "village";
    EXPECT_TRUE(village) << "zoom 11 over Kadiolo names some villages";
    // Names keep their accents (the COD layers write Ségou, Kolondiéba): no label is the
    // accentless form of a name the data accents.
    for (const json* s : {&home, &sikasso, &mopti, &kadiolo})
        for (const json& l : (*s)["labels"])
            for (const char* plain : {"Segou", "SEGOU", "Kolondieba", "Zegoua", "Dedougou", "Ziniare"})
                EXPECT_NE(l["text"], plain);
}

TEST(Labels, SameCameraSameLabelsAfterPanningAwayAndBack) {
    const fs::path dir = scripted_dir("labels");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "again",
                           {view_step(kSikassoLon, kSikassoLat, 9),
                            {{"wait", 3}},
                            {{"state", (dir / "first.json").string()}},
                            view_step(-11.4, 14.4, 8),  // Kayes: nothing in common with Sikasso
                            {{"wait", 3}},
                            view_step(kSikassoLon, kSikassoLat, 9),
                            {{"wait", 3}},
                            {{"state", (dir / "second.json").string()}}},
                           &out),
              0)
        << out;
    const json a = read_json_file(dir / "first.json")["labels"], b = read_json_file(dir / "second.json")["labels"];
    ASSERT_FALSE(a.empty());
    EXPECT_EQ(a, b);
}
