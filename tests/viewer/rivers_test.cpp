// Rivers through the real binary: the Niger near Mopti hovers and opens as "Niger", names run
// along the rivers in the interface language and collide with nothing, search finds them, and
// hiding the layer takes the names away with the lines (map_renderer_test: the lines).
#include <gtest/gtest.h>

#include <string>

#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

// A vertex of the Niger's course 28 km south-west of Mopti (Natural Earth 1:10m), clear of
// the Mopti marker, and a point by the Mouhoun north of the Ghana border.
constexpr double kNigerLon = -4.40459, kNigerLat = 14.326361;
constexpr double kMouhounLon = -2.85, kMouhounLat = 10.3;

std::vector<json> labels_of_rank(const json& state, const std::string& rank) {
    std::vector<json> out;
    for (const json& l : state["labels"])
        if (l["rank"] == rank) out.push_back(l);
    return out;
}

// River names clear of every other name, marker and panel.
void expect_rivers_clear(const json& state, const std::string& where) {
    SCOPED_TRACE(where);
    std::vector<Rect> others;
    for (const json& l : state["labels"])
        if (l["rank"] != "river") others.push_back(rect_of(l["box"]));
    for (const json& p : state["panels"])
        if (!p["rect"].is_null()) others.push_back(rect_of(p["rect"]));
    if (state.contains("markers"))
        for (const json& m : state["markers"])
            if (m.contains("box")) others.push_back(rect_of(m["box"]));
    for (const json& r : labels_of_rank(state, "river"))
        for (const Rect& o : others) EXPECT_FALSE(overlap(rect_of(r["box"]), o)) << r["text"];
}

bool has_text(const std::vector<json>& labels, const std::string& text) {
    for (const json& l : labels)
        if (l["text"] == text) return true;
    return false;
}

}  // namespace

TEST(Rivers, HoverClickNamesAndSearchOnTheRealData) {
    const fs::path dir = scripted_dir("rivers");
    const json niger = lonlat(kNigerLon, kNigerLat);
    ASSERT_EQ(run_scripted(dir, "rivers",
                           {view_step(kNigerLon, kNigerLat, 8),
                            {{"wait", 2}},
                            {{"move", niger}},
                            {{"wait", 1}},
                            {{"state", (dir / "mopti.json").string()}},
                            {{"screenshot", (dir / "mopti.png").string()}},
                            {{"click", niger}},
                            {{"wait", 2}},
                            {{"state", (dir / "clicked.json").string()}},
                            {{"key", "Escape"}},
                            view_step(kMouhounLon, kMouhounLat, 8),
                            {{"wait", 2}},
                            {{"state", (dir / "mouhoun_fr.json").string()}},
                            {{"lang", "en"}},
                            {{"wait", 2}},
                            {{"state", (dir / "mouhoun_en.json").string()}},
                            {{"key", "Ctrl+F"}},
                            {{"text", "volta noire"}},
                            {{"wait", 1}},
                            {{"state", (dir / "search.json").string()}}},
                           nullptr, "fr", {1280, 800}),
              0);

    const json mopti = read_json_file(dir / "mopti.json");
    ASSERT_TRUE(mopti["hovered"].is_object());
    EXPECT_EQ(mopti["hovered"]["layer"], "rivers");
    EXPECT_EQ(mopti["hovered"]["name"], "Niger");
    EXPECT_NE(mopti["tooltip"].dump().find("Niger"), std::string::npos) << mopti["tooltip"].dump();
    const auto mopti_rivers = labels_of_rank(mopti, "river");
    EXPECT_TRUE(has_text(mopti_rivers, "Niger") || has_text(mopti_rivers, "Bani")) << mopti["labels"].dump();
    expect_rivers_clear(mopti, "Mopti, zoom 8");

    const json clicked = read_json_file(dir / "clicked.json");
    EXPECT_EQ(clicked["selected"]["name"], "Niger");
    EXPECT_TRUE(has_panel(clicked, "feature"));

    // The Mouhoun is the Volta Noire in French, the Black Volta in English.
    const json fr = read_json_file(dir / "mouhoun_fr.json");
    EXPECT_TRUE(has_text(labels_of_rank(fr, "river"), "Volta Noire")) << fr["labels"].dump();
    EXPECT_FALSE(has_text(labels_of_rank(fr, "river"), "Black Volta"));
    expect_rivers_clear(fr, "Mouhoun, zoom 8, fr");
    const json en = read_json_file(dir / "mouhoun_en.json");
    EXPECT_TRUE(has_text(labels_of_rank(en, "river"), "Black Volta")) << en["labels"].dump();
    expect_rivers_clear(en, "Mouhoun, zoom 8, en");

    const json search = read_json_file(dir / "search.json");
    ASSERT_FALSE(search["search"]["results"].empty());
    EXPECT_EQ(search["search"]["results"][0]["name"], "Volta Noire");
    EXPECT_EQ(search["search"]["results"][0]["kind"], "river");

    // Hiding the rivers (as unticking them in the legend) takes their names away too.
    ASSERT_EQ(run_scripted(dir, "hidden",
                           {view_step(kNigerLon, kNigerLat, 8),
                            {{"wait", 2}},
                            {{"hide", "rivers"}},
                            {{"wait", 2}},
                            {{"state", (dir / "hidden.json").string()}}},
                           nullptr, "fr", {1280, 800}),
              0);
    const json hidden = read_json_file(dir / "hidden.json");
    bool rivers_listed = false;
    for (const json& l : hidden["layers"])
        if (l["id"] == "rivers") {
            rivers_listed = true;
            EXPECT_FALSE(l["visible"].get<bool>());
        }
    EXPECT_TRUE(rivers_listed);
    EXPECT_TRUE(labels_of_rank(hidden, "river").empty()) << hidden["labels"].dump();
}
