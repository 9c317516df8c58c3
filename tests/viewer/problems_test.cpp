// A broken project file (here geodata/initiatives.json) reaches the user as a Problems window
// that names the file, the place and what is wrong, while the app goes on with everything else.
// The viewer runs on a copy of the project's resources in which only that file is changed
// (CORRIDOR_RESOURCES points there; every other file is a link to the repository's own).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "run_viewer.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

const fs::path kSource = CORRIDOR_SOURCE_DIR;

// A resources folder whose geodata/initiatives.json holds `initiatives_text`.
fs::path resources_with(const std::string& name, const std::string& initiatives_text) {
    const fs::path root = corridor::test::scripted_dir("problems") / name;
    fs::remove_all(root);
    fs::create_directories(root / "geodata");
    for (const char* dir : {"shaders", "assets"}) fs::create_directory_symlink(kSource / dir, root / dir);
    for (const auto& entry : fs::directory_iterator(kSource / "geodata"))
        if (entry.path().filename() != "initiatives.json")
            fs::create_symlink(entry.path(), root / "geodata" / entry.path().filename());
    std::ofstream(root / "geodata" / "initiatives.json") << initiatives_text;
    return root;
}

json run_and_read_state(const fs::path& resources, std::string& log) {
    const fs::path dir = resources.parent_path();
    const std::string name = resources.filename().string();
    const json script = {{"size", {1280, 800}}, {"lang", "en"},
                         {"steps", {{{"wait", 5}}, {{"settle", 300}}, {{"state", (dir / (name + ".state.json")).string()}}}}};
    std::ofstream(dir / (name + ".script.json")) << script.dump(2);
    fs::remove_all(dir / (name + ".config"));
    fs::create_directories(dir / (name + ".config"));
    const corridor::test::RunResult run = corridor::test::run_viewer(
        "--script '" + (dir / (name + ".script.json")).string() + "'",
        "CORRIDOR_RESOURCES='" + resources.string() + "' XDG_CONFIG_HOME='" + (dir / (name + ".config")).string() + "'");
    log = run.output;
    EXPECT_EQ(run.exit_code, 0) << "the app goes on: " << log;
    return corridor::test::read_json_file(dir / (name + ".state.json"));
}

using corridor::test::has_panel;

size_t commune_count(const json& state, const std::string& layer) {
    for (const auto& l : state["layers"])
        if (l["id"] == layer) return l["feature_count"].get<size_t>();
    return 0;
}

std::set<std::string> marker_ids(const json& state) {
    std::set<std::string> ids;
    for (const auto& m : state["markers"])
        for (const auto& id : m["ids"]) ids.insert(id.get<std::string>());
    return ids;
}

json real_initiatives() {
    std::ifstream in(kSource / "geodata" / "initiatives.json");
    return json::parse(in);
}

}  // namespace

TEST(Problems, TruncatedInitiativesFileIsReportedAndTheMapStillWorks) {
    const std::string whole = real_initiatives().dump(2);
    const fs::path resources = resources_with("truncated", whole.substr(0, whole.size() / 2));
    std::string log;
    const json state = run_and_read_state(resources, log);

    ASSERT_TRUE(state.contains("problems")) << log;
    bool named = false;
    for (const auto& p : state["problems"])
        if (p["severity"] == "error" && p["file"].get<std::string>().find("initiatives.json") != std::string::npos)
            named = !p["message"].get<std::string>().empty();
    EXPECT_TRUE(named) << state["problems"].dump(2);
    EXPECT_TRUE(has_panel(state, "problems")) << "the Problems window opens by itself";
    EXPECT_EQ(commune_count(state, "mli_communes"), 701u) << "the communes are still on the map";
    EXPECT_TRUE(marker_ids(state).empty()) << "no half-read initiative is shown";
}

TEST(Problems, UnknownCommuneInOneInitiativeNamesItsJsonPathAndKeepsTheOthers) {
    json doc = real_initiatives();
    json& list = doc["initiatives"];
    size_t broken = list.size();
    for (size_t i = 0; i < list.size() && broken == list.size(); ++i)
        if (list[i].contains("where") && list[i]["where"].contains("communes") && !list[i]["where"]["communes"].empty())
            broken = i;
    ASSERT_LT(broken, list.size()) << "an initiative located by commune";
    list[broken]["where"]["communes"][0] = "ML999999";
    const std::string broken_id = list[broken]["id"];
    const fs::path resources = resources_with("unknown_pcode", doc.dump(2));
    std::string log;
    const json state = run_and_read_state(resources, log);

    const std::string pointer = "/initiatives/" + std::to_string(broken) + "/where/communes/0";
    bool named = false;
    for (const auto& p : state["problems"])
        if (p["file"].get<std::string>().find("initiatives.json") != std::string::npos &&
            p["where"].get<std::string>().find(pointer) != std::string::npos &&
            p["message"].get<std::string>().find("ML999999") != std::string::npos)
            named = true;
    EXPECT_TRUE(named) << "wanted " << pointer << " in " << state["problems"].dump(2);
    EXPECT_TRUE(has_panel(state, "problems"));

    // Every other initiative with a place is still on the map (the home view shows both countries;
    // initiatives with no place named have no marker).
    auto located = [](const json& i) {
        const json& where = i["where"];
        return (where.contains("communes") && !where["communes"].empty()) || (where.contains("points") && !where["points"].empty());
    };
    std::set<std::string> expected;
    for (size_t i = 0; i < list.size(); ++i)
        if (i != broken && located(list[i])) expected.insert(list[i]["id"].get<std::string>());
    EXPECT_GE(expected.size(), 5u);
    const std::set<std::string> shown = marker_ids(state);
    EXPECT_EQ(shown.count(broken_id), 0u);
    for (const std::string& id : expected) EXPECT_EQ(shown.count(id), 1u) << id << " lost";
}
