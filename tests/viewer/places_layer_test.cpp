// The legend's "Places" box (issue 17): it shows and hides exactly the place dots and names,
// places come by rank as one zooms in (no flood of 18,769 points at the overview), and switching
// it (which changes the attribution) does not move the docked legend under the pointer.
#include <gtest/gtest.h>

#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

bool is_place_rank(const std::string& rank) {
    return rank == "capital" || rank == "regional_capital" || rank == "cercle_seat" || rank == "commune_seat" ||
           rank == "village";
}

int place_labels(const json& state) {
    int n = 0;
    for (const json& l : state["labels"]) n += is_place_rank(l["rank"]);
    return n;
}

json find_by_id(const json& list, const std::string& id) {
    for (const json& x : list)
        if (x["id"] == id) return x;
    return nullptr;
}

}  // namespace

TEST(PlacesLayer, BoxControlsDotsAndNamesAndTheLegendStaysPut) {
    const fs::path dir = scripted_dir("places_layer");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "overview", {{{"wait", 3}}, {{"state", (dir / "overview.json").string()}}}, &out), 0)
        << out;
    const json overview = read_json_file(dir / "overview.json");
    EXPECT_TRUE(overview["places"]["shown"]);
    EXPECT_LT(overview["places"]["dots"].get<int>(), 300) << "places come by rank, never all at the overview";

    // Near Mopti, zoomed in: towns and villages with their names; then the box off and on again.
    const json places = find_by_id(overview["controls"], "legend.places");
    ASSERT_FALSE(places.is_null()) << overview["controls"].dump();
    const Rect box = rect_of(places["rect"]);
    const json at = {{"x", box.x + 8}, {"y", box.y + box.h / 2}};  // on the check box itself
    ASSERT_EQ(run_scripted(dir, "toggle",
                           {view_step(-4.0, 14.3, 10),
                            {{"wait", 3}},
                            {{"state", (dir / "on.json").string()}},
                            {{"click", at}},
                            {{"wait", 3}},
                            {{"screenshot", (dir / "off.png").string()}},
                            {{"state", (dir / "off.json").string()}},
                            {{"click", at}},
                            {{"wait", 3}},
                            {{"state", (dir / "on_again.json").string()}}},
                           &out),
              0)
        << out;
    const json on = read_json_file(dir / "on.json"), off = read_json_file(dir / "off.json"),
               on_again = read_json_file(dir / "on_again.json");
    EXPECT_GT(on["places"]["dots"].get<int>(), 0);
    EXPECT_GT(place_labels(on), 0) << on["labels"].dump();

    EXPECT_FALSE(off["places"]["shown"]);
    EXPECT_EQ(off["places"]["dots"], 0) << "no place symbol is drawn";
    EXPECT_EQ(place_labels(off), 0) << off["labels"].dump();
    for (const json& l : off["layers"]) {
        if (l["id"].get<std::string>().rfind("places", 0) == 0) {
            EXPECT_FALSE(l["visible"]) << l["id"];
        }
    }

    EXPECT_TRUE(on_again["places"]["shown"]);
    EXPECT_GT(on_again["places"]["dots"].get<int>(), 0);
    // The attribution changed with the layers; the legend and its box did not move.
    for (const json* s : {&off, &on_again}) {
        EXPECT_EQ(find_by_id((*s)["panels"], "legend")["rect"], find_by_id(on["panels"], "legend")["rect"]);
        EXPECT_EQ(find_by_id((*s)["controls"], "legend.places")["rect"], places["rect"]);
    }
}
