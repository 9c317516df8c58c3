// Help ▸ About, opened with F1 in a scripted run of the real app: the state JSON lists the
// version, the program's licence and every data source of geodata/about.json with its licence
// and attribution, in the interface language.
#include <gtest/gtest.h>

#include "core/base/program_version.h"
#include "core/programme/about_info.h"
#include "scripted_app.h"

using namespace corridor;
using namespace corridor::test;

TEST(AboutPanel, F1OpensItWithVersionLicenceAndDataSourcesInBothLanguages) {
    const auto dir = scripted_dir("about_panel");
    const nlohmann::json steps = {{{"state", (dir / "closed.json").string()}},
                                  {{"key", "F1"}},
                                  {{"wait", 2}},
                                  {{"state", (dir / "en.json").string()}},
                                  {{"screenshot", (dir / "about_en.png").string()}},
                                  {{"lang", "fr"}},
                                  {{"wait", 2}},
                                  {{"state", (dir / "fr.json").string()}},
                                  {{"screenshot", (dir / "about_fr.png").string()}}};
    std::string log;
    ASSERT_EQ(run_scripted(dir, "about", steps, &log), 0) << log;

    Diagnostics diag;
    const AboutInfo shipped = load_about_info(CORRIDOR_SOURCE_DIR "/geodata/about.json", diag);
    ASSERT_FALSE(shipped.data_sources.empty());

    EXPECT_FALSE(read_json_file(dir / "closed.json")["about"]["open"].get<bool>());
    for (const char* lang : {"en", "fr"}) {
        SCOPED_TRACE(lang);
        const Lang l = std::string(lang) == "fr" ? Lang::Fr : Lang::En;
        const nlohmann::json state = read_json_file(dir / (std::string(lang) + ".json"));
        const nlohmann::json& about = state["about"];
        EXPECT_TRUE(about["open"].get<bool>());
        bool listed = false;
        for (const auto& panel : state["panels"]) listed |= panel["id"] == "about";
        EXPECT_TRUE(listed) << state["panels"].dump();
        EXPECT_EQ(about["version"], program_version());
        EXPECT_EQ(about["licence"], shipped.licence.in(l));
        ASSERT_EQ(about["data_sources"].size(), shipped.data_sources.size());
        for (size_t i = 0; i < shipped.data_sources.size(); ++i) {
            const DataSource& s = shipped.data_sources[i];
            const nlohmann::json& shown = about["data_sources"][i];
            EXPECT_EQ(shown["id"], s.id);
            EXPECT_EQ(shown["name"], s.name.in(l));
            EXPECT_EQ(shown["licence"], s.licence.in(l));
            EXPECT_EQ(shown["attribution"], s.attribution);
        }
        EXPECT_TRUE(std::filesystem::exists(about["readme"].get<std::string>())) << about["readme"];
        std::vector<std::string> libraries;
        for (const auto& lib : about["libraries"]) libraries.push_back(lib["name"]);
        EXPECT_EQ(libraries, (std::vector<std::string>{"GDAL", "GEOS", "PROJ", "SFML", "Dear ImGui"}));
    }
    // The French panel really is French: its source names differ where the README's do.
    const nlohmann::json fr = read_json_file(dir / "fr.json")["about"], en = read_json_file(dir / "en.json")["about"];
    EXPECT_NE(fr["licence"], en["licence"]);
}
