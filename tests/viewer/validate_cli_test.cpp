// `corridor-viewer --validate`: the check users run before a forum.
#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "run_viewer.h"

using corridor::test::run_viewer;
namespace fs = std::filesystem;

namespace {

fs::path scratch(const std::string& name) {
    const char* t = std::getenv("CORRIDOR_TEST_TMP");
    fs::path dir = fs::path(t ? t : "/tmp") / "validate" / name;
    fs::remove_all(dir);
    fs::create_directories(dir);
    return dir;
}

// An empty config folder, so that the user's own settings.json plays no part.
std::string clean_config(const std::string& name) { return "XDG_CONFIG_HOME='" + scratch(name + "-config").string() + "'"; }

// A copy of the project's resources (links) in which geodata/`file` holds `text`.
fs::path resources_with(const std::string& name, const std::string& file, const std::string& text) {
    const fs::path source = CORRIDOR_SOURCE_DIR, root = scratch(name);
    fs::create_directories(root / "geodata");
    for (const char* dir : {"shaders", "assets"}) fs::create_directory_symlink(source / dir, root / dir);
    for (const auto& entry : fs::directory_iterator(source / "geodata"))
        if (entry.path().filename() != file) fs::create_symlink(entry.path(), root / "geodata" / entry.path().filename());
    std::ofstream(root / "geodata" / file) << text;
    return root;
}

}  // namespace

TEST(ValidateCommand, RealDataIsUsableWithBothCountriesCommunes) {
    auto r = run_viewer("--validate", clean_config("real"));
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_NE(r.output.find("Communes: Mali 701, Burkina Faso 351"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("mli_communes"), std::string::npos);
    EXPECT_NE(r.output.find("0 errors"), std::string::npos) << r.output;
}

TEST(ValidateCommand, BrokenDataFolderExitsOneAndNamesTheFile) {
    // A copy of the layout with a truncated commune file and nothing else.
    namespace fs = std::filesystem;
    fs::path dir = fs::path(std::getenv("CORRIDOR_TEST_TMP") ? std::getenv("CORRIDOR_TEST_TMP") : "/tmp") / "broken-data";
    fs::create_directories(dir / "cod-ab-mali-v02");
    std::ofstream(dir / "cod-ab-mali-v02" / "mli_adm3_communes.geojson") << R"({"type":"FeatureCollection","features":[{"type":)";
    auto r = run_viewer("--validate --data '" + dir.string() + "'", clean_config("broken-data"));
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("mli_adm3_communes.geojson: not valid JSON: line 1"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("bfa_adm3_communes.geojson: file not found"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("NOT usable"), std::string::npos);
}

TEST(ValidateCommand, UnknownOptionIsAnErrorWithUsage) {
    auto r = run_viewer("--frobnicate");
    EXPECT_EQ(r.exit_code, 2);
    EXPECT_NE(r.output.find("unknown option '--frobnicate'"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("Usage:"), std::string::npos);
}

TEST(ValidateCommand, ChecksTheProjectDataAndNamesFilePathAndLine) {
    // initiatives.json with one entry whose title is a number (line 4).
    const fs::path resources = resources_with("broken-initiatives", "initiatives.json",
                                              "{\n  \"initiatives\": [\n    {\"id\": \"x\",\n     \"title\": 5}\n  ]\n}\n");
    auto r = run_viewer("--validate", "CORRIDOR_RESOURCES='" + resources.string() + "' " + clean_config("broken-initiatives"));
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("error: " + (resources / "geodata" / "initiatives.json").string() + ": /initiatives/0/title (line 4)"),
              std::string::npos)
        << r.output;
    EXPECT_NE(r.output.find("Also checked:"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("map_style.json"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("NOT usable"), std::string::npos) << r.output;
}

TEST(ValidateCommand, ChecksTheUsersSettingsAndTheFilesOnTheCommandLine) {
    const fs::path config = scratch("settings-config");
    fs::create_directories(config / "corridor-viewer");
    std::ofstream(config / "corridor-viewer" / "settings.json") << "{\n  \"ui_scale\": \"big\",\n  \"layers\": [7]\n}\n";
    const fs::path files = scratch("files");
    fs::create_directories(files / "folder.geojson");
    std::ofstream(files / "latin1.geojson")
        << "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"nom\":\"S\xe9gou\"},"
           "\"geometry\":{\"type\":\"Point\",\"coordinates\":[-6.26,13.43]}}]}";
    auto r = run_viewer("--validate '" + (files / "folder.geojson").string() + "' '" + (files / "latin1.geojson").string() + "'",
                        "XDG_CONFIG_HOME='" + config.string() + "'");
    EXPECT_EQ(r.exit_code, 1) << r.output;
    EXPECT_NE(r.output.find("settings.json: /ui_scale (line 2): expected a number"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("settings.json: /layers/0 (line 3): expected a file path"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("folder.geojson: is a folder, not a GeoJSON file"), std::string::npos) << r.output;
    EXPECT_NE(r.output.find("latin1.geojson: text is not UTF-8"), std::string::npos) << r.output;
    char line[64];
    std::snprintf(line, sizeof line, "  %-16s %6d features", "latin1", 1);  // as the report prints it
    EXPECT_NE(r.output.find(line), std::string::npos) << r.output;
    // It reports a settings file; it does not set it aside (only the viewer does, on start).
    EXPECT_TRUE(fs::exists(config / "corridor-viewer" / "settings.json"));
}
