// The presenter's GUI-free parts: export file names, projector settings in settings.json,
// loading tours from a folder (a broken one is reported and left out, the others still load),
// and when the caption fonts need a new atlas.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/project/projection.h"
#include "viewer/presenter/presenter_settings.h"
#include "viewer/presenter/projector_theme.h"
#include "viewer/presenter/tour_places.h"
#include "viewer/presenter/view_export.h"
#include "fixtures.h"

namespace fs = std::filesystem;
using namespace corridor;
using nlohmann::json;

namespace {
fs::path scratch(const std::string& name) { return corridor::test::scratch_dir("presenter_parts/" + name); }

json tour_json(const std::string& id) {
    json caption = {{"fr", {{"title", "Titre"}, {"text", "Texte"}}}, {"en", {{"title", "Title"}, {"text", "Text"}}}};
    return {{"id", id},
            {"title", {{"fr", "Visite"}, {"en", "Tour"}}},
            {"steps", {{{"target", {{"kind", "box"}, {"west", -6}, {"south", 10}, {"east", -5}, {"north", 11}}},
                        {"caption", caption},
                        {"sources", {{{"title", {{"fr", "Une source"}, {"en", "A source"}}}}}}}}}};
}
}  // namespace

TEST(ExportFileName, AsciiPlaceAndDate) {
    EXPECT_EQ(export_file_name("Sikasso", "2026-11-28"), "corridor-Sikasso-2026-11-28.png");
    EXPECT_EQ(export_file_name("Ségou", "2026-11-28"), "corridor-Segou-2026-11-28.png");
    EXPECT_EQ(export_file_name("Bobo-Dioulasso", "2026-01-02"), "corridor-Bobo-Dioulasso-2026-01-02.png");
    EXPECT_EQ(export_file_name("Côte d'Ivoire", "2026-01-02"), "corridor-Cote-D-Ivoire-2026-01-02.png");
    EXPECT_EQ(export_file_name("", "2026-01-02"), "corridor-view-2026-01-02.png");
    EXPECT_EQ(export_file_name("../../etc", "2026-01-02"), "corridor-Etc-2026-01-02.png");  // no path escapes
}

TEST(ExportFileName, TodayIsAnIsoDate) {
    std::string d = today_iso_date();
    ASSERT_EQ(d.size(), 10u);
    EXPECT_EQ(d[4], '-');
    EXPECT_EQ(d[7], '-');
}

TEST(PresenterSettings, MissingFileGivesDefaults) {
    Diagnostics diag;
    PresenterSettings s = load_presenter_settings(scratch("missing") / "settings.json", diag);
    EXPECT_EQ(s.ui_scale, 1.0f);
    EXPECT_FALSE(s.high_contrast);
    EXPECT_TRUE(diag.empty());
}

TEST(PresenterSettings, SaveKeepsOtherKeysAndLoadsBack) {
    fs::path file = scratch("merge") / "settings.json";
    std::ofstream(file) << R"({"layers": ["/data/a.geojson"], "ui_scale": 1})";
    Diagnostics diag;
    PresenterSettings s;
    s.ui_scale = 2.5f;
    s.high_contrast = true;
    ASSERT_TRUE(save_presenter_settings(file, s, diag));
    std::ifstream in(file);
    json doc = json::parse(in);
    EXPECT_EQ(doc["layers"], json::array({"/data/a.geojson"}));
    PresenterSettings back = load_presenter_settings(file, diag);
    EXPECT_EQ(back.ui_scale, 2.5f);
    EXPECT_TRUE(back.high_contrast);
    EXPECT_TRUE(diag.empty());
}

TEST(PresenterSettings, BadValuesAreWarningsAndScaleIsClamped) {
    fs::path file = scratch("bad") / "settings.json";
    std::ofstream(file) << R"({"ui_scale": "big", "high_contrast": 1})";
    Diagnostics diag;
    PresenterSettings s = load_presenter_settings(file, diag);
    EXPECT_EQ(s.ui_scale, 1.0f);
    EXPECT_FALSE(s.high_contrast);
    ASSERT_EQ(diag.warning_count(), 2u);
    EXPECT_NE(diag.items()[0].to_string().find("/ui_scale"), std::string::npos);
    std::ofstream(file) << R"({"ui_scale": 9})";
    EXPECT_EQ(load_presenter_settings(file, diag).ui_scale, 3.0f);
    EXPECT_EQ(clamp_ui_scale(0.2f), 1.0f);
}

// fuzz_settings found it: a number too large for a double is not a parse_error, and it ended
// the viewer at start-up. It is a broken file like any other: kept aside, defaults used.
TEST(PresenterSettings, NumberTooLargeForADoubleIsABrokenFileNotACrash) {
    fs::path dir = scratch("huge_number");
    fs::path file = dir / "settings.json";
    std::ofstream(file) << "{\"ui_scale\": 1e400}";
    Diagnostics diag;
    PresenterSettings s = load_presenter_settings(file, diag);
    EXPECT_EQ(s.ui_scale, 1.0f);
    ASSERT_EQ(diag.error_count(), 1u);
    const std::string message = diag.items()[0].to_string();
    EXPECT_NE(message.find("not valid JSON (line 1, column 14): a number too large to read: 1e400"), std::string::npos)
        << message;
    EXPECT_NE(message.find("kept as settings.json.broken-"), std::string::npos) << message;
    EXPECT_FALSE(fs::exists(file));
}

TEST(PresenterSettings, CorruptedFileIsKeptAsABackupAndDefaultsAreUsed) {
    fs::path dir = scratch("corrupted");
    fs::path file = dir / "settings.json";
    const std::string broken = "{\"ui_scale\": 2, \"layers\": [\"/data/a.geojson\"";  // cut off mid-write
    std::ofstream(file) << broken;
    Diagnostics diag;
    PresenterSettings s = load_presenter_settings(file, diag);
    EXPECT_EQ(s.ui_scale, 1.0f);
    ASSERT_EQ(diag.error_count(), 1u);
    const std::string message = diag.items()[0].to_string();
    EXPECT_NE(message.find("not valid JSON (line 1"), std::string::npos) << message;
    EXPECT_NE(message.find("kept as settings.json.broken-"), std::string::npos) << message;
    EXPECT_NE(message.find("using the default settings"), std::string::npos) << message;
    // The broken text is kept, byte for byte, under the name the message gives.
    EXPECT_FALSE(fs::exists(file));
    std::vector<fs::path> backups;
    for (const auto& e : fs::directory_iterator(dir)) backups.push_back(e.path());
    ASSERT_EQ(backups.size(), 1u);
    EXPECT_NE(message.find(backups[0].filename().string()), std::string::npos);
    std::ifstream in(backups[0]);
    EXPECT_EQ(std::string(std::istreambuf_iterator<char>(in), {}), broken);
    // Saving then writes a whole, valid file.
    ASSERT_TRUE(save_presenter_settings(file, s, diag));
    std::ifstream saved(file);
    EXPECT_EQ(json::parse(saved)["ui_scale"], 1.0);
}

TEST(PresenterSettings, ValidationReportsACorruptedFileWithoutMovingIt) {
    fs::path file = scratch("corrupted-validate") / "settings.json";
    std::ofstream(file) << "[1, 2";
    Diagnostics diag;
    load_presenter_settings(file, diag, false);
    EXPECT_EQ(diag.error_count(), 1u);
    EXPECT_TRUE(fs::exists(file));
}

TEST(PresenterSettings, LayerSizeBoundIsASetting) {
    fs::path file = scratch("bound") / "settings.json";
    std::ofstream(file) << R"({"max_layer_mb": 64})";
    Diagnostics diag;
    PresenterSettings s = load_presenter_settings(file, diag);
    EXPECT_EQ(max_layer_bytes(s), std::uintmax_t(64) << 20);
    EXPECT_EQ(max_layer_bytes(PresenterSettings{}), std::uintmax_t(512) << 20);
    std::ofstream(file) << R"({"max_layer_mb": -3})";
    EXPECT_EQ(max_layer_bytes(load_presenter_settings(file, diag)), std::uintmax_t(512) << 20);
    EXPECT_TRUE(diag.items().back().to_string().find("/max_layer_mb") != std::string::npos);
}

TEST(PresenterSettings, CacheBoundIsASetting) {
    fs::path file = scratch("cache_bound") / "settings.json";
    std::ofstream(file) << R"({"cache_max_mb": 2048})";
    Diagnostics diag;
    EXPECT_EQ(cache_max_bytes(load_presenter_settings(file, diag)), std::uintmax_t(2048) << 20);
    EXPECT_EQ(cache_max_bytes(PresenterSettings{}), std::uintmax_t(512) << 20);
    EXPECT_EQ(diag.items().size(), 0u);
    std::ofstream(file) << R"({"cache_max_mb": "big"})";
    EXPECT_EQ(cache_max_bytes(load_presenter_settings(file, diag)), std::uintmax_t(512) << 20);
    ASSERT_EQ(diag.items().size(), 1u);
    EXPECT_TRUE(diag.items().back().to_string().find("/cache_max_mb") != std::string::npos);
}

TEST(TourFolder, BrokenTourIsReportedOthersLoadDefaultFirst) {
    fs::path dir = scratch("tours");
    std::ofstream(dir / "another.json") << tour_json("another").dump();
    std::ofstream(dir / "default.json") << tour_json("default").dump();
    std::ofstream(dir / "broken.json") << "{ \"id\": \"broken\", ";
    Diagnostics diag;
    std::vector<Tour> tours = load_tours(dir, {}, diag);
    ASSERT_EQ(tours.size(), 2u);
    EXPECT_EQ(tours[0].id, "default");
    EXPECT_EQ(tours[1].id, "another");
    ASSERT_TRUE(diag.has_errors());
    EXPECT_NE(diag.items()[0].to_string().find("broken.json"), std::string::npos);
}

TEST(TourFolder, UnknownCommuneIsAnErrorWithTheData) {
    fs::path dir = scratch("refs");
    json t = tour_json("default");
    t["steps"][0]["target"] = {{"kind", "commune"}, {"id", "ML999999"}};
    std::ofstream(dir / "default.json") << t.dump();
    TourPlaces places;  // no communes known
    Geodata empty;
    places.data = &empty;
    Diagnostics diag;
    EXPECT_TRUE(load_tours(dir, tour_references(places), diag).empty());
    EXPECT_TRUE(diag.has_errors());
}

TEST(TourTargets, BoxIsItsMercatorCornersAndUnknownIdsAreEmpty) {
    TourTarget box;
    box.kind = TourTargetKind::Box;
    box.box = {-6, 10, -5, 11};
    TourPlaces places;
    Box b = tour_target_bounds(box, places);
    MapPoint sw = lonlat_to_mercator({-6, 10}), ne = lonlat_to_mercator({-5, 11});
    EXPECT_DOUBLE_EQ(b.min_x, sw.x);
    EXPECT_DOUBLE_EQ(b.max_y, ne.y);
    TourTarget corridor;
    corridor.kind = TourTargetKind::Corridor;
    corridor.id = "nowhere";
    EXPECT_TRUE(tour_target_bounds(corridor, places).empty());
}

// French tours need no glyph beyond ImGui's default Latin ranges: their arrival at start-up
// asks for the atlas the app has already. A character outside them (or a new size) asks anew.
TEST(FontRequest, ANewAtlasOnlyForCharactersOrSizesItLacks) {
    ImGui::CreateContext();
    const FontRequest none = font_request(1, 800, "");
    EXPECT_EQ(font_request(1, 800, "Découverte de Sikasso : « l’économie locale » — 2010–2018 ç à ô"), none);
    EXPECT_NE(font_request(1, 800, "Œuvre"), none) << "Œ (U+0152) is outside Latin-1";
    EXPECT_NE(font_request(1, 800, "Москва"), none);
    EXPECT_NE(font_request(1, 2160, ""), none) << "4K captions are larger";
    EXPECT_NE(font_request(2, 800, ""), none);
    ASSERT_FALSE(none.caption_glyphs.empty());
    EXPECT_EQ(none.caption_glyphs.back(), 0) << "ImGui reads ranges up to a 0";
    ImGui::DestroyContext();
}
