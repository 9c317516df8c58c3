// The search box through the real binary: Ctrl+F opens it, typed text gives live results with
// name and kind, Enter flies to the first one and selects it, Esc closes the box.
#include <gtest/gtest.h>

#include "core/read/geodata_catalog.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

// The P-code of the commune named `name` in the Mali communes layer, read from the data itself.
std::string mali_commune_pcode(const std::string& name) {
    corridor::Geodata data = corridor::load_geodata(fs::path(CORRIDOR_SOURCE_DIR) / ".." / "shared" / "geodata");
    const corridor::Layer* communes = data.layer("mli_communes");
    if (!communes) return "";
    for (const corridor::Feature& f : communes->features)
        if (f.name == name) return f.id;
    return "";
}

bool panel_open(const json& state, const std::string& id) {
    for (const json& p : state["panels"])
        if (p["id"] == id) return true;
    return false;
}

}  // namespace

TEST(SearchUi, TypeChooseFlySelect) {
    const std::string pcode = mali_commune_pcode("Kolondiéba");
    ASSERT_FALSE(pcode.empty()) << "the Mali communes layer names Kolondiéba";

    const fs::path dir = scripted_dir("search_ui");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "kolondieba",
                           {{{"state", (dir / "closed.json").string()}},
                            {{"key", "Ctrl+F"}},
                            {{"text", "kolondieba"}},
                            {{"state", (dir / "typed.json").string()}},
                            {{"key", "Enter"}},
                            {{"wait", 120}},
                            {{"state", (dir / "chosen.json").string()}},
                            {{"key", "Ctrl+F"}},
                            {{"key", "Escape"}},
                            {{"state", (dir / "escaped.json").string()}}},
                           &out),
              0)
        << out;

    const json closed = read_json_file(dir / "closed.json");
    EXPECT_FALSE(closed["search"]["open"]);
    EXPECT_FALSE(panel_open(closed, "search"));

    const json typed = read_json_file(dir / "typed.json");
    EXPECT_TRUE(typed["search"]["open"]);
    EXPECT_TRUE(panel_open(typed, "search"));
    EXPECT_EQ(typed["search"]["query"], "kolondieba");
    const json& results = typed["search"]["results"];
    ASSERT_FALSE(results.empty());
    // Typed without accents, found with them; the commune before the cercle of the same name.
    EXPECT_EQ(results[0]["name"], "Kolondiéba");
    EXPECT_EQ(results[0]["kind"], "commune");
    EXPECT_EQ(results[0]["id"], pcode);
    EXPECT_EQ(results[0]["text"].get<std::string>().rfind("Kolondiéba, commune, cercle de Kolondiéba, Sikasso", 0), 0u)
        << results[0]["text"];

    const json chosen = read_json_file(dir / "chosen.json");
    EXPECT_FALSE(chosen["search"]["open"]) << "choosing closes the box";
    ASSERT_FALSE(chosen["selected"].is_null());
    EXPECT_EQ(chosen["selected"]["id"], pcode);
    EXPECT_EQ(chosen["selected"]["layer"], "mli_communes");
    // The camera went there: Kolondiéba town (-6.9, 11.08) lies inside the view.
    const json& b = chosen["camera"]["bounds"];
    EXPECT_LT(b["west"].get<double>(), -6.9);
    EXPECT_GT(b["east"].get<double>(), -6.9);
    EXPECT_LT(b["south"].get<double>(), 11.08);
    EXPECT_GT(b["north"].get<double>(), 11.08);
    EXPECT_GT(chosen["camera"]["zoom"].get<double>(), 8) << "fitted to one commune, not the country";

    const json escaped = read_json_file(dir / "escaped.json");
    EXPECT_FALSE(escaped["search"]["open"]);
    EXPECT_FALSE(escaped["selected"].is_null()) << "Esc in the search box closes it, not the selection";
}

TEST(SearchUi, FindsInitiativesAndOpensTheirPanel) {
    // The French title of the Kadiolo market initiative, typed without its accent.
    const fs::path dir = scripted_dir("search_ui");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "market",
                           {{{"key", "Ctrl+F"}},
                            {{"text", "marche central"}},
                            {{"state", (dir / "market_typed.json").string()}},
                            {{"key", "Enter"}},
                            {{"wait", 120}},
                            {{"state", (dir / "market_chosen.json").string()}}},
                           &out, "fr"),
              0)
        << out;
    const json typed = read_json_file(dir / "market_typed.json");
    const json& results = typed["search"]["results"];
    ASSERT_FALSE(results.empty());
    EXPECT_EQ(results[0]["kind"], "initiative");
    EXPECT_EQ(results[0]["id"], "kadiolo-central-market");
    EXPECT_EQ(results[0]["name"], "Marché central de Kadiolo");

    const json chosen = read_json_file(dir / "market_chosen.json");
    ASSERT_TRUE(chosen["selection"].is_object()) << chosen["selection"];
    EXPECT_EQ(chosen["selection"]["kind"], "initiative");
    EXPECT_EQ(chosen["selection"]["id"], "kadiolo-central-market");
}
