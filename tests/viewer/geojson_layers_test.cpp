// Every valid GeoJSON opens in the real app (issue 18): a fixture for each top level RFC 7946
// allows is given on the command line as an extra layer; each is listed with its feature count,
// hovered and identified at its own place, a bare geometry's panel says it has no properties
// and a feature without geometry is listed and opens with its properties.
#include <gtest/gtest.h>

#include <fstream>

#include "geojson_cases.h"
#include "scripted_app.h"

using namespace corridor::test;
using nlohmann::json;

namespace {

const json* layer_named(const json& state, const std::string& id) {
    for (const auto& l : state["layers"])
        if (l["id"] == id) return &l;
    return nullptr;
}

const json* panel_named(const json& state, const std::string& id) {
    for (const auto& p : state["panels"])
        if (p["id"] == id) return &p;
    return nullptr;
}

bool panel_says(const json& state, const std::string& text) {
    const json* p = panel_named(state, "feature");
    if (!p || !p->contains("notes")) return false;
    for (const auto& n : (*p)["notes"])
        if (n.get<std::string>().find(text) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(GeoJsonLayers, EveryTopLevelTypeOpensIsHoveredAndIdentified) {
    const auto dir = scripted_dir("geojson_layers");
    const std::vector<GeoJsonCase> cases = geojson_cases();
    std::vector<std::filesystem::path> files;
    for (const GeoJsonCase& c : cases) {
        files.push_back(dir / (c.name + ".geojson"));
        std::ofstream(files.back()) << c.text;
    }
    auto state_file = [&](const std::string& name) { return (dir / (name + ".state.json")).string(); };

    // The fixtures lie between -6.2 and -5.3 east, 11.0 and 11.55 north: all in the map area
    // right of the docked column. Hover each first (a panel opened by a click would cover some).
    json steps = json::array({view_step(-5.9, 11.28, 10), {{"state", state_file("loaded")}}});
    for (const GeoJsonCase& c : cases) {
        if (c.geometry.empty()) continue;
        steps.push_back({{"move", lonlat(c.lon, c.lat)}});
        steps.push_back({{"state", state_file("hover_" + c.name)}});
    }
    steps.push_back({{"move", lonlat(-6.1, 11.4)}});  // the collection's point member
    steps.push_back({{"state", state_file("hover_collection_point")}});
    steps.push_back({{"screenshot", (dir / "geojson_layers.png").string()}});
    steps.push_back({{"click", lonlat(-5.85, 11.2)}});  // the bare polygon
    steps.push_back({{"state", state_file("click_bare_polygon")}});
    steps.push_back({{"key", "Escape"}});
    steps.push_back({{"click", lonlat(-6.1, 11.0)}});  // the single Feature
    steps.push_back({{"state", state_file("click_single_feature")}});
    steps.push_back({{"key", "Escape"}});
    steps.push_back({{"select", "42"}});  // its GeoJSON id; as its line in the layer list does
    steps.push_back({{"state", state_file("select_null_geometry")}});
    steps.push_back({{"lang", "fr"}});
    steps.push_back({{"state", state_file("select_null_geometry_fr")}});

    std::string log;
    ASSERT_EQ(run_scripted(dir, "geojson_layers", steps, &log, "en", {1280, 800}, files), 0) << log;

    const json loaded = read_json_file(state_file("loaded"));
    for (const auto& p : loaded["problems"]) EXPECT_NE(p["severity"], "error") << p.dump();
    for (const GeoJsonCase& c : cases) {
        const json* l = layer_named(loaded, c.name);
        ASSERT_TRUE(l) << c.name << " is not a layer: " << loaded["problems"].dump(2);
        EXPECT_EQ((*l)["feature_count"], c.features) << c.name;
        EXPECT_EQ((*l)["without_geometry"], c.geometry.empty() ? 1u : 0u) << c.name;
        if (c.geometry.empty()) continue;
        const json hovered = read_json_file(state_file("hover_" + c.name))["hovered"];
        ASSERT_FALSE(hovered.is_null()) << c.name << " not found under the pointer";
        EXPECT_EQ(hovered["layer"], c.name);
        EXPECT_EQ(hovered["geometry"], c.geometry) << c.name;
    }
    EXPECT_EQ(read_json_file(state_file("hover_collection_point"))["hovered"]["layer"], "bare_geometrycollection");

    const json polygon = read_json_file(state_file("click_bare_polygon"));
    EXPECT_EQ(polygon["selected"]["layer"], "bare_polygon");
    EXPECT_EQ(polygon["selected"]["properties"], 0);
    EXPECT_TRUE(panel_says(polygon, "No properties")) << polygon["panels"].dump(2);
    // Without name or properties, a bare geometry is called by its type, not its position.
    EXPECT_EQ(panel_named(polygon, "feature")->at("title"), "Polygon");
    EXPECT_EQ(read_json_file(state_file("hover_bare_polygon"))["tooltip"]["text"], "Polygon\nbare_polygon.geojson");

    const json feature = read_json_file(state_file("click_single_feature"));
    EXPECT_EQ(feature["selected"]["layer"], "single_feature");
    EXPECT_EQ(feature["selected"]["id"], "trace-1");
    EXPECT_EQ(feature["selected"]["properties"], 3);  // id, name, km
    EXPECT_FALSE(panel_says(feature, "No properties"));

    const json unplaced = read_json_file(state_file("select_null_geometry"));
    EXPECT_EQ(unplaced["selected"]["layer"], "null_geometry");
    EXPECT_TRUE(unplaced["selected"]["geometry"].is_null());
    EXPECT_EQ(unplaced["selected"]["properties"], 2);
    EXPECT_TRUE(panel_says(unplaced, "No geometry")) << unplaced["panels"].dump(2);
    EXPECT_TRUE(panel_says(read_json_file(state_file("select_null_geometry_fr")), "Sans géométrie"));
}
