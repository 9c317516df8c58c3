// Bad input brought to the running viewer (issue 11): a GeoJSON with Latin-1 names opened as an
// extra layer ended the viewer with "[json.exception.type_error.316] invalid UTF-8 byte" as it
// wrote its state; a corrupted settings.json was overwritten on the next save; an export into a
// read-only folder must say why and leave no file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "run_viewer.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

// Runs a script that waits for loading and writes the state, with `files` opened as layers
// and `config` as XDG_CONFIG_HOME.
json run_with(const fs::path& dir, const std::string& files, const fs::path& config, std::string& log) {
    const json script = {{"size", {1024, 768}}, {"lang", "fr"},
                         {"steps", {{{"wait", 5}}, {{"settle", 300}}, {{"state", (dir / "state.json").string()}}}}};
    std::ofstream(dir / "script.json") << script.dump(2);
    fs::remove(dir / "state.json");
    const corridor::test::RunResult run = corridor::test::run_viewer(
        "--script '" + (dir / "script.json").string() + "' " + files, "XDG_CONFIG_HOME='" + config.string() + "'");
    log = run.output;
    EXPECT_EQ(run.exit_code, 0) << log;
    return fs::exists(dir / "state.json") ? corridor::test::read_json_file(dir / "state.json") : json();
}

const json* layer_titled(const json& state, const std::string& title) {
    for (const auto& l : state["layers"])
        if (l["title"] == title) return &l;
    return nullptr;
}

bool has_problem(const json& state, const std::string& part) {
    for (const auto& p : state["problems"])
        if ((p["file"].get<std::string>() + ": " + p["message"].get<std::string>()).find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(BadInputRun, Latin1LayerOpensWithUtf8NamesAndTheStateIsWritten) {
    const fs::path dir = corridor::test::scripted_dir("bad-input-latin1");
    const fs::path config = dir / "config";
    fs::remove_all(config);
    fs::create_directories(config);
    // A Latin-1 file with a Latin-1 name, as a French Windows GIS writes them.
    const fs::path layer = dir / "march\xe9s.geojson";
    std::ofstream(layer, std::ios::binary)
        << "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"nom\":\"March\xe9 de S\xe9gou\"},"
           "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-6.26,13.43]}}]}";
    std::string log;
    const json state = run_with(dir, "'" + layer.string() + "'", config, log);
    ASSERT_FALSE(state.is_null()) << log;
    const json* l = layer_titled(state, "marchés.geojson");
    ASSERT_NE(l, nullptr) << state["layers"].dump();
    EXPECT_EQ((*l)["feature_count"], 1);
    EXPECT_TRUE(has_problem(state, "marchés.geojson: text is not UTF-8")) << state["problems"].dump();
}

TEST(BadInputRun, CorruptedSettingsAreKeptAsideAndReportedAndTheAppStarts) {
    const fs::path dir = corridor::test::scripted_dir("bad-input-settings");
    const fs::path config = dir / "config";
    fs::remove_all(config);
    fs::create_directories(config / "corridor-viewer");
    const std::string broken = "{\"ui_scale\": 2, \"layers\": [\"/data/a.geoj";
    std::ofstream(config / "corridor-viewer" / "settings.json") << broken;
    std::string log;
    const json state = run_with(dir, "", config, log);
    ASSERT_FALSE(state.is_null()) << log;
    EXPECT_TRUE(has_problem(state, "settings.json: not valid JSON")) << state["problems"].dump();
    EXPECT_TRUE(has_problem(state, "kept as settings.json.broken-")) << state["problems"].dump();
    size_t backups = 0;
    for (const auto& e : fs::directory_iterator(config / "corridor-viewer"))
        if (e.path().filename().string().rfind("settings.json.broken-", 0) == 0) {
            ++backups;
            std::ifstream in(e.path());
            EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), broken);
        }
    EXPECT_EQ(backups, 1u);
}

TEST(BadInputRun, ExportToAReadOnlyFolderSaysWhyAndLeavesNoFile) {
    const fs::path dir = corridor::test::scripted_dir("bad-input-export");
    // chmod does not stop root (CI may run as root); sysfs refuses new files to everyone.
    fs::path folder = dir / "read-only";
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
    if (::access(folder.c_str(), W_OK) == 0) folder = "/sys";
    const fs::path png = folder / "corridor-view.png";
    const json script = {{"size", {640, 480}}, {"steps", {{{"wait", 5}}, {{"export", {{"path", png.string()}, {"scale", 1}}}}}}};
    std::ofstream(dir / "script.json") << script.dump(2);
    const fs::path config = dir / "config";
    fs::create_directories(config);
    const corridor::test::RunResult run = corridor::test::run_viewer(
        "--script '" + (dir / "script.json").string() + "'", "XDG_CONFIG_HOME='" + config.string() + "'");
    EXPECT_EQ(run.exit_code, 2) << run.output;
    EXPECT_NE(run.output.find("cannot export the view to '" + png.string() + "': cannot write " + png.string() +
                              ": permission denied"),
              std::string::npos)
        << run.output;
    for (const auto& e : fs::directory_iterator(folder))
        EXPECT_EQ(e.path().filename().string().find("corridor-view"), std::string::npos) << e.path();
}
