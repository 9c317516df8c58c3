// Every name on the map goes through one placement: the corridors' town names too, each town
// named once, and no name under an initiative marker. Driven through the real binary; the state
// JSON gives the placed labels' boxes and the markers' boxes.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

int count_label(const json& state, const std::string& text) {
    int n = 0;
    for (const json& l : state["labels"]) n += l["text"] == text;
    return n;
}

void expect_no_collisions(const json& state, const std::string& where) {
    SCOPED_TRACE(where);
    const json& labels = state["labels"];
    ASSERT_FALSE(labels.empty());
    ASSERT_FALSE(state["markers"].empty()) << "the default view shows the initiatives' markers";
    for (size_t i = 0; i < labels.size(); ++i) {
        const Rect a = rect_of(labels[i]["box"]);
        const std::string text = labels[i]["text"];
        for (size_t j = i + 1; j < labels.size(); ++j)
            EXPECT_FALSE(overlap(a, rect_of(labels[j]["box"]))) << text << " collides with " << labels[j]["text"];
        for (const json& m : state["markers"])
            EXPECT_FALSE(overlap(a, rect_of(m["box"]))) << text << " lies under the marker of " << m["ids"].dump();
    }
}

// The towns of geodata/corridors.json (the northern corridor; the shea-butter corridor has no
// line, so no towns).
const std::vector<std::string> kCorridorTowns = {"Mopti", "Bandiagara", "Ouahigouya"};

// `test` names the files: ctest runs the tests of this file side by side.
json run_default_view(const std::string& test, const std::string& lang) {
    const fs::path dir = scripted_dir("town_labels");
    const std::string name = test + "_" + lang;
    std::string out;
    EXPECT_EQ(run_scripted(dir, name,
                           // Labels are measured a few per frame after they are built: leave frames
                           // for that, even in the slow sanitizer build.
                           {{{"wait", 20}},
                            {{"screenshot", (dir / (name + ".png")).string()}},
                            {{"state", (dir / (name + ".json")).string()}},
                            // Zoom 6.5 around Bobo-Dioulasso: regional capitals are named from 6, so the
                            // places layer and the corridor both know the town here.
                            view_step(-4.8, 11.8, 6.5),
                            {{"wait", 10}},
                            {{"state", (dir / (name + "_bobo.json")).string()}}},
                           &out, lang, {1280, 800}),
              0)
        << out;
    return {read_json_file(dir / (name + ".json")), read_json_file(dir / (name + "_bobo.json"))};
}

}  // namespace

TEST(LabelsAndMarkers, DefaultViewNamesEachCorridorTownOnceClearOfMarkersAndOtherNames) {
    for (const std::string lang : {"en", "fr"}) {
        const json states = run_default_view("default_view", lang);
        ASSERT_EQ(states.size(), 2u);
        const json& home = states[0];
        expect_no_collisions(home, lang + " default view");
        // Every corridor town is on screen at the default view and the map has room beside its
        // marker: named exactly once, by the label placement (none drawn apart from it).
        for (const std::string& town : kCorridorTowns) EXPECT_EQ(count_label(home, town), 1) << lang << " " << town;
    }
}

TEST(LabelsAndMarkers, BoboDioulassoIsNamedOnceWhereTheRegionalCapitalsShow) {
    const json states = run_default_view("bobo", "en");
    ASSERT_EQ(states.size(), 2u);
    const json& bobo = states[1];
    expect_no_collisions(bobo, "zoom 6.5 by Bobo-Dioulasso");
    EXPECT_EQ(count_label(bobo, "Bobo-Dioulasso"), 1);
    EXPECT_EQ(count_label(bobo, "Sikasso"), 1);
}
