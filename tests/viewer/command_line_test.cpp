// The command line (CLI11): every option parses as before, bad values say what is wrong, and
// --help (the manual page's source) lists every option; --version prints the versions.
#include <gtest/gtest.h>

#include "core/base/program_version.h"
#include "run_viewer.h"
#include "viewer/shell/command_line.h"

using namespace corridor;

namespace {

struct Parsed {
    std::optional<CommandLine> cl;
    std::string error;
};

Parsed parse(std::vector<std::string> args) {
    args.insert(args.begin(), "corridor-viewer");
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    Parsed p;
    p.cl = parse_command_line(int(argv.size()), argv.data(), p.error);
    return p;
}

}  // namespace

TEST(CommandLine, EveryOptionAndFileIsRead) {
    Parsed p = parse({"--data", "/d", "--validate", "--script", "s.json", "--screenshot", "v.png", "--lang", "fr",
                      "--size", "800x600", "--fullscreen", "--no-cache", "a.gpkg", "b.shp"});
    ASSERT_TRUE(p.cl) << p.error;
    EXPECT_EQ(p.cl->data_dir, "/d");
    EXPECT_TRUE(p.cl->validate);
    EXPECT_EQ(p.cl->script, "s.json");
    EXPECT_EQ(p.cl->screenshot, "v.png");
    EXPECT_EQ(p.cl->lang, "fr");
    EXPECT_EQ(p.cl->width, 800);
    EXPECT_EQ(p.cl->height, 600);
    EXPECT_TRUE(p.cl->fullscreen);
    EXPECT_TRUE(p.cl->no_cache);
    EXPECT_EQ(p.cl->open_files, (std::vector<std::string>{"a.gpkg", "b.shp"}));
    EXPECT_FALSE(p.cl->help);
    EXPECT_FALSE(p.cl->version);
}

TEST(CommandLine, DefaultsWithoutOptions) {
    Parsed p = parse({});
    ASSERT_TRUE(p.cl) << p.error;
    EXPECT_EQ(p.cl->width, 1280);
    EXPECT_EQ(p.cl->height, 800);
    EXPECT_TRUE(p.cl->data_dir.empty());
    EXPECT_TRUE(p.cl->lang.empty());
    EXPECT_FALSE(p.cl->validate || p.cl->fullscreen || p.cl->no_cache);
}

TEST(CommandLine, HelpAndVersionFlags) {
    EXPECT_TRUE(parse({"-h"}).cl->help);
    EXPECT_TRUE(parse({"--help"}).cl->help);
    EXPECT_TRUE(parse({"--version"}).cl->version);
}

TEST(CommandLine, BadValuesSayWhatIsWrong) {
    Parsed lang = parse({"--lang", "de"});
    EXPECT_FALSE(lang.cl);
    EXPECT_NE(lang.error.find("--lang"), std::string::npos) << lang.error;
    EXPECT_NE(lang.error.find("must be fr or en, not 'de'"), std::string::npos) << lang.error;

    for (const char* size : {"100x100", "wide", "1280x800x3"}) {
        Parsed p = parse({"--size", size});
        EXPECT_FALSE(p.cl) << size;
        EXPECT_NE(p.error.find("must look like 1280x800 (at least 320x240), not '" + std::string(size) + "'"),
                  std::string::npos)
            << p.error;
    }
    Parsed missing = parse({"--data"});
    EXPECT_FALSE(missing.cl);
    EXPECT_NE(missing.error.find("--data"), std::string::npos) << missing.error;

    Parsed unknown = parse({"a.geojson", "--frobnicate"});
    EXPECT_FALSE(unknown.cl);
    EXPECT_EQ(unknown.error, "unknown option '--frobnicate'");
}

TEST(CommandLine, HelpListsEveryOption) {
    const std::string help = usage_text();
    EXPECT_NE(help.find("Usage:"), std::string::npos) << help;
    for (const char* option : {"--data", "--validate", "--script", "--screenshot", "--lang", "--size", "--fullscreen",
                               "--no-cache", "--help", "--version", "FILE", "F5", "CORRIDOR_DATA", "XDG_CACHE_HOME"})
        EXPECT_NE(help.find(option), std::string::npos) << option << " missing from\n" << help;
}

TEST(CommandLine, VersionPrintsTheProgramAndEveryLibrary) {
    auto r = test::run_viewer("--version");
    EXPECT_EQ(r.exit_code, 0) << r.output;
    EXPECT_EQ(r.output.substr(0, r.output.find('\n')), "corridor-viewer " + program_version()) << r.output;
    for (const char* library : {"\nGDAL 3.", "\nGEOS 3.", "\nPROJ ", "\nSFML 2.", "\nDear ImGui 1."})
        EXPECT_NE(r.output.find(library), std::string::npos) << library << " missing from\n" << r.output;
}
