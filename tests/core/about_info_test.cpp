// Help ▸ About's data (geodata/about.json): the shipped file against the data pack's README, so
// no source, licence or attribution line is invented; and the reader's checks on fixtures.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "core/base/program_version.h"
#include "core/programme/about_info.h"
#include "fixtures.h"

using namespace corridor;
namespace fs = std::filesystem;

namespace {

// One row of the README's "Licences and attribution" table, backticks removed.
struct ReadmeRow {
    std::string data, licence, attribution, note;
};

std::string trim(std::string s) {
    const char* space = " \t";
    s.erase(0, s.find_first_not_of(space));
    s.erase(s.find_last_not_of(space) + 1);
    return s;
}

std::string without_backticks(std::string s) {
    std::erase(s, '`');
    return s;
}

std::vector<ReadmeRow> readme_table() {
    std::ifstream in(test::real_data_dir() / "README.md");
    std::vector<ReadmeRow> rows;
    std::string line;
    bool in_section = false;
    while (std::getline(in, line)) {
        if (line.starts_with("## ")) in_section = line == "## Licences and attribution (what the app must show)";
        if (!in_section || !line.starts_with("| ") || line.starts_with("| Data ") || line.starts_with("|---")) continue;
        std::vector<std::string> cells;
        std::stringstream cut(line.substr(1));
        for (std::string cell; std::getline(cut, cell, '|');) cells.push_back(trim(without_backticks(cell)));
        if (cells.size() < 3) continue;
        ReadmeRow row{cells[0], cells[1], "", ""};
        // "Made with Natural Earth" (requested, not required): the quoted line, then a note.
        const std::string& a = cells[2];
        const size_t open = a.find('"'), close = a.find('"', open + 1);
        if (open == std::string::npos || close == std::string::npos) continue;
        row.attribution = a.substr(open + 1, close - open - 1);
        row.note = trim(a.substr(close + 1));
        if (row.note.size() > 2 && row.note.front() == '(' && row.note.back() == ')')
            row.note = row.note.substr(1, row.note.size() - 2);
        rows.push_back(row);
    }
    return rows;
}

AboutInfo shipped(Diagnostics& diag) { return load_about_info(CORRIDOR_SOURCE_DIR "/geodata/about.json", diag); }

}  // namespace

TEST(AboutInfo, ShippedFileLoadsWithoutProblems) {
    Diagnostics diag;
    AboutInfo about = shipped(diag);
    for (const Diagnostic& d : diag.items()) ADD_FAILURE() << d.to_string();
    EXPECT_FALSE(about.licence.fr.empty());
    EXPECT_FALSE(about.licence.en.empty());
    EXPECT_FALSE(about.data_sources.empty());
}

TEST(AboutInfo, EverySourceIsARowOfTheDataPackReadmeWordForWord) {
    const std::vector<ReadmeRow> rows = readme_table();
    ASSERT_GE(rows.size(), 5u) << "the README's licence table was not found";
    Diagnostics diag;
    const AboutInfo about = shipped(diag);
    ASSERT_EQ(about.data_sources.size(), rows.size()) << "one About entry per row of the README table";
    for (size_t i = 0; i < rows.size(); ++i) {
        const DataSource& s = about.data_sources[i];
        SCOPED_TRACE(s.id);
        EXPECT_EQ(s.name.en, rows[i].data);
        EXPECT_EQ(s.licence.en, rows[i].licence);
        EXPECT_EQ(s.attribution, rows[i].attribution);
        EXPECT_EQ(s.attribution_note.en, rows[i].note);
        for (const std::string& folder : s.folders)
            EXPECT_TRUE(fs::is_directory(test::real_data_dir() / folder)) << folder;
    }
}

TEST(AboutInfo, AMissingAttributionNamesFilePointerAndLineAndTheOtherSourcesLoad) {
    const std::string text = R"({
  "licence": {"en": "Some licence", "fr": "Une licence"},
  "data_sources": [
    {"id": "a", "name": {"en": "A", "fr": "A"}, "licence": {"en": "CC0", "fr": "CC0"},
     "folders": ["x"]},
    {"id": "b", "name": {"en": "B", "fr": "B"}, "licence": {"en": "CC0", "fr": "CC0"},
     "attribution": "Data B", "folders": ["y"]}
  ]
})";
    const fs::path file = test::write_file("about/about.json", text);
    Diagnostics diag;
    AboutInfo about = load_about_info(file, diag);
    ASSERT_EQ(diag.error_count(), 1u);
    const Diagnostic& d = diag.items()[0];
    EXPECT_EQ(d.file, file.string());
    EXPECT_NE(d.where.find("/data_sources/0/attribution"), std::string::npos) << d.where;
    EXPECT_NE(d.where.find("line 4"), std::string::npos) << d.where;
    ASSERT_EQ(about.data_sources.size(), 1u);
    EXPECT_EQ(about.data_sources[0].attribution, "Data B");
    EXPECT_EQ(about.licence.fr, "Une licence");
}

TEST(AboutInfo, AMissingFileIsAnErrorNamingIt) {
    Diagnostics diag;
    const fs::path missing = test::scratch_dir() / "no-such-about.json";
    AboutInfo about = load_about_info(missing, diag);
    ASSERT_TRUE(diag.has_errors());
    EXPECT_EQ(diag.items()[0].file, missing.string());
    EXPECT_TRUE(about.data_sources.empty());
}

TEST(ProgramVersion, IsSetAndTheCoreLibrariesReportTheirs) {
    EXPECT_FALSE(program_version().empty());
    const auto libraries = core_library_versions();
    ASSERT_EQ(libraries.size(), 3u);
    EXPECT_EQ(libraries[0].name, "GDAL");
    EXPECT_EQ(libraries[1].name, "GEOS");
    EXPECT_EQ(libraries[2].name, "PROJ");
    for (const LibraryVersion& l : libraries) {
        // "3.6.2": a number first, no "-CAPI" tail for GEOS.
        ASSERT_FALSE(l.version.empty()) << l.name;
        EXPECT_TRUE(std::isdigit(static_cast<unsigned char>(l.version[0]))) << l.name << " " << l.version;
        EXPECT_EQ(l.version.find("CAPI"), std::string::npos) << l.version;
    }
}
