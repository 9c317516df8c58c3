// `corridor-viewer --validate`: the check users run before a forum.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "run_viewer.h"

using corridor::test::run_viewer;

TEST(ValidateCommand, RealDataIsUsableWithBothCountriesCommunes) {
    auto r = run_viewer("--validate");
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
    auto r = run_viewer("--validate --data '" + dir.string() + "'");
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
