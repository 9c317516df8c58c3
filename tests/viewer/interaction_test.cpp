// Interaction a new user does not trip over (issue 17), through the real binary and its one
// input path: one detail pane with Back and Forward, the file browser's path field and
// shortcuts, an opened layer's feedback and legend entry, the display-name field, the
// Initiatives text filter on the map, exports named after what they show, tour steps framed
// clear of the caption. Expectations come from the project's files, not from the code under test.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <fstream>

#include "core/programme/corridor_reader.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using namespace corridor::test;

namespace {

const json* find_id(const json& list, const std::string& id) {
    for (const json& item : list)
        if (item["id"] == id) return &item;
    return nullptr;
}

std::string panel_title(const json& state, const std::string& id) {
    const json* p = find_id(state["panels"], id);
    return p ? p->value("title", "") : "";
}

json control(const std::string& id) { return {{"click", {{"control", id}}}}; }

Rect screen_box(const json& state, double west, double south, double east, double north) {
    auto [x0, y0] = screen_of(state, west, north);
    auto [x1, y1] = screen_of(state, east, south);
    return {x0, y0, x1 - x0, y1 - y0};
}

// Two wells with a NAME and a kind, far from every marker and corridor (northern Mali).
fs::path write_wells(const fs::path& dir) {
    const fs::path file = dir / "wells.geojson";
    std::ofstream(file) << R"({"type": "FeatureCollection", "features": [
      {"type": "Feature", "properties": {"code": "W8", "NAME": "Djenné market well", "kind": "borehole"},
       "geometry": {"type": "Point", "coordinates": [-3.0, 19.5]}},
      {"type": "Feature", "properties": {"code": "W9", "NAME": "Araouane well", "kind": "hand pump"},
       "geometry": {"type": "Point", "coordinates": [-2.6, 19.8]}}]})";
    return file;
}

std::string lower(std::string s) {
    for (char& c : s) c = char(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

// The commune panel and an initiative's panel are one pane: the newer replaces the older, and
// Back (Alt+Left) and Forward (its button) walk between them as a browser does.
TEST(Interaction, OneDetailPaneWithBackAndForward) {
    const fs::path dir = scripted_dir("interaction_pane");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "pane",
                           {{{"select", "ML030204"}},
                            {{"wait", 2}},
                            {{"state", (dir / "commune.json").string()}},
                            {{"choose", "kadiolo-central-market"}},
                            {{"wait", 3}},
                            {{"state", (dir / "initiative.json").string()}},
                            {{"key", "Alt+Left"}},
                            {{"wait", 2}},
                            {{"state", (dir / "back.json").string()}},
                            control("detail.forward"),
                            {{"wait", 2}},
                            {{"screenshot", (dir / "forward.png").string()}},
                            {{"state", (dir / "forward.json").string()}}},
                           &out),
              0)
        << out;
    const json commune = read_json_file(dir / "commune.json");
    EXPECT_TRUE(has_panel(commune, "feature"));
    EXPECT_EQ(find_id(commune["controls"], "detail.back"), nullptr) << "a first page has nothing to go back to";

    const json initiative = read_json_file(dir / "initiative.json");
    EXPECT_TRUE(has_panel(initiative, "initiative")) << initiative["panels"].dump();
    EXPECT_FALSE(has_panel(initiative, "feature")) << "the initiative replaced the commune in the one pane";
    EXPECT_TRUE(initiative["selected"].is_null());
    EXPECT_NE(find_id(initiative["controls"], "detail.back"), nullptr);

    const json back = read_json_file(dir / "back.json");
    EXPECT_TRUE(has_panel(back, "feature")) << back["panels"].dump();
    EXPECT_FALSE(has_panel(back, "initiative"));
    EXPECT_EQ(back["selected"]["id"], "ML030204");
    EXPECT_NE(find_id(back["controls"], "detail.forward"), nullptr);

    const json forward = read_json_file(dir / "forward.json");
    EXPECT_TRUE(has_panel(forward, "initiative")) << forward["panels"].dump();
    EXPECT_FALSE(has_panel(forward, "feature"));
    EXPECT_EQ(forward["selection"]["id"], "kadiolo-central-market");
}

// File > Open (Ctrl+O): a typed path lists that folder, only the files GDAL reads as vector
// data; a typed file path opens it, with a message, a move to it, a legend entry at the top
// with its colour, and a place among the Recent files.
TEST(Interaction, FileBrowserPathFieldOpensAndRemembers) {
    const fs::path dir = scripted_dir("interaction_browser");
    const fs::path data = dir / "data";
    fs::create_directories(data / "sub");
    const fs::path wells = write_wells(data);
    std::ofstream(data / "report.docx") << "not a layer\n";
    std::ofstream(data / "photo.jpg") << "not a layer either\n";
    std::string out;
    ASSERT_EQ(run_scripted(dir, "browser",
                           {{{"key", "Ctrl+O"}},
                            {{"wait", 2}},
                            {{"state", (dir / "opened.json").string()}},
                            {{"text", data.string()}},
                            {{"key", "Enter"}},
                            {{"wait", 2}},
                            {{"state", (dir / "listed.json").string()}},
                            {{"text", wells.string()}},
                            {{"key", "Enter"}},
                            {{"wait", 10}},
                            {{"settle", 300}},
                            {{"wait", 2}},
                            {{"screenshot", (dir / "layer.png").string()}},
                            {{"state", (dir / "layer.json").string()}}},
                           &out),
              0)
        << out;
    const json opened = read_json_file(dir / "opened.json");
    EXPECT_TRUE(has_panel(opened, "open"));
    for (const char* shortcut : {"file.home", "file.data", "file.recent", "file.path"})
        EXPECT_NE(find_id(opened["controls"], shortcut), nullptr) << shortcut;

    const json listed = read_json_file(dir / "listed.json");
    EXPECT_EQ(listed["file_browser"]["folder"], fs::weakly_canonical(data).string());
    EXPECT_EQ(listed["file_browser"]["files"], json::array({"wells.geojson"})) << "only what GDAL reads";
    EXPECT_EQ(listed["file_browser"]["folders"], json::array({"sub"}));

    const json layer = read_json_file(dir / "layer.json");
    EXPECT_FALSE(layer["file_browser"]["open"]);
    bool loaded = false;
    for (const json& l : layer["layers"]) loaded = loaded || l["id"] == "wells";
    EXPECT_TRUE(loaded) << layer["layers"].dump();
    EXPECT_NE(panel_title(layer, "export_notice").find("wells.geojson"), std::string::npos) << layer["panels"].dump();
    // The view moved to the wells.
    const json& b = layer["camera"]["bounds"];
    for (auto [lon, lat] : {std::pair{-3.0, 19.5}, std::pair{-2.6, 19.8}}) {
        EXPECT_GT(lon, b["west"].get<double>());
        EXPECT_LT(lon, b["east"].get<double>());
        EXPECT_GT(lat, b["south"].get<double>());
        EXPECT_LT(lat, b["north"].get<double>());
    }
    // Its legend entry comes first, above the boundary layers.
    const json* entry = find_id(layer["controls"], "legend.user.wells");
    const json* communes = find_id(layer["controls"], "legend.communes");
    ASSERT_TRUE(entry && communes) << layer["controls"].dump();
    EXPECT_LT((*entry)["rect"]["y"].get<double>(), (*communes)["rect"]["y"].get<double>());
    // Remembered for the Recent shortcut.
    const json settings = read_json_file(dir / "browser.config" / "corridor-viewer" / "settings.json");
    ASSERT_TRUE(settings["recent_files"].is_array()) << settings.dump();
    EXPECT_EQ(settings["recent_files"][0], fs::absolute(wells).string());
}

// Identify titles a feature of a user's file by its name field; the layer's menu in the legend
// names the features by another field.
TEST(Interaction, IdentifyTitleFollowsTheChosenNameField) {
    const fs::path dir = scripted_dir("interaction_name_field");
    const fs::path wells = write_wells(dir);
    std::string out;
    ASSERT_EQ(run_scripted(dir, "name_field",
                           {view_step(-3.0, 19.5, 9),
                            {{"wait", 3}},
                            {{"click", lonlat(-3.0, 19.5)}},
                            {{"wait", 2}},
                            {{"state", (dir / "by_name.json").string()}},
                            control("legend.user.wells.menu"),
                            {{"wait", 2}},
                            control("legend.user.wells.name_field.kind"),
                            {{"wait", 3}},
                            {{"screenshot", (dir / "by_kind.png").string()}},
                            {{"state", (dir / "by_kind.json").string()}}},
                           &out, "en", {1024, 768}, {wells}),
              0)
        << out;
    const json by_name = read_json_file(dir / "by_name.json");
    EXPECT_EQ(panel_title(by_name, "feature"), "Djenné market well") << by_name["panels"].dump();
    const json by_kind = read_json_file(dir / "by_kind.json");
    EXPECT_EQ(panel_title(by_kind, "feature"), "borehole") << by_kind["panels"].dump();
    EXPECT_EQ(by_kind["selected"]["name"], "borehole");
}

// The Initiatives list's text filter narrows the markers on the map as well as the list.
TEST(Interaction, InitiativesTextFilterNarrowsTheMarkers) {
    const std::string word = "kadiolo";
    std::ifstream in(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/initiatives.json");
    const json file = json::parse(in);
    std::vector<std::string> matching;  // the initiatives whose file text names the word
    for (const json& i : file["initiatives"])
        if (lower(i.dump()).find(word) != std::string::npos) matching.push_back(i["id"]);
    ASSERT_FALSE(matching.empty());

    const fs::path dir = scripted_dir("interaction_filter");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "filter",
                           {{{"wait", 2}},
                            {{"state", (dir / "all.json").string()}},
                            control("initiatives.filter"),
                            {{"text", word}},
                            {{"wait", 3}},
                            {{"screenshot", (dir / "filtered.png").string()}},
                            {{"state", (dir / "filtered.json").string()}}},
                           &out),
              0)
        << out;
    auto marker_ids = [](const json& state) {
        std::vector<std::string> ids;
        for (const json& m : state["markers"])
            for (const json& id : m["ids"]) ids.push_back(id);
        return ids;
    };
    const auto all = marker_ids(read_json_file(dir / "all.json"));
    const json filtered_state = read_json_file(dir / "filtered.json");
    EXPECT_EQ(filtered_state["filters"]["text"], word);
    const auto filtered = marker_ids(filtered_state);
    ASSERT_FALSE(filtered.empty());
    EXPECT_LT(filtered.size(), all.size());
    for (const std::string& id : filtered)
        EXPECT_NE(std::find(matching.begin(), matching.end(), id), matching.end()) << id << " does not match '" << word << "'";
}

// F12 names the file after what the view shows: the open corridor, the selected commune, the
// tour step; into the one export folder of the settings.
TEST(Interaction, ExportsAreNamedAfterWhatTheyShow) {
    const fs::path dir = scripted_dir("interaction_export_names");
    const fs::path exports = dir / "exports";
    const fs::path config = dir / "config";
    fs::create_directories(exports);
    const std::string settings = json{{"export_folder", exports.string()}}.dump();
    auto reset = [&] {
        fs::remove_all(config);
        fs::create_directories(config / "corridor-viewer");
        std::ofstream(config / "corridor-viewer" / "settings.json") << settings;
    };
    const json script = {{"size", {1024, 768}},
                         {"lang", "en"},
                         {"steps",
                          {{{"choose", "northern-corridor"}},
                           {{"wait", 2}},
                           {{"key", "F12"}},
                           {{"state", (dir / "corridor.json").string()}},
                           {{"key", "Escape"}},
                           {{"select", "ML030204"}},
                           {{"wait", 2}},
                           {{"key", "F12"}},
                           {{"state", (dir / "commune.json").string()}},
                           {{"key", "Escape"}},
                           {{"tour", "default"}},
                           {{"settle", 600}},
                           {{"key", "F12"}},
                           {{"state", (dir / "tour.json").string()}}}}};
    std::ofstream(dir / "export.json") << script.dump(2);
    const RunResult run =
        run_viewer("--script '" + (dir / "export.json").string() + "'", "XDG_CONFIG_HOME='" + config.string() + "'", reset);
    ASSERT_EQ(run.exit_code, 0) << run.output;

    char today[16];
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    std::strftime(today, sizeof today, "%Y-%m-%d", &local);
    auto exported = [&](const char* name) {
        const json s = read_json_file(dir / name);
        EXPECT_TRUE(s["export"]["ok"]) << s["export"].dump();
        const fs::path p = s["export"]["path"].get<std::string>();
        EXPECT_EQ(p.parent_path(), exports);
        EXPECT_TRUE(fs::exists(p)) << p;
        return p.filename().string();
    };
    EXPECT_EQ(exported("corridor.json"),
              std::string("corridor-Northern-Corridor-Mopti-Bandiagara-Ouahigouya-") + today + ".png");
    EXPECT_EQ(exported("commune.json"), std::string("corridor-Kadiolo-") + today + ".png");
    EXPECT_EQ(exported("tour.json"), std::string("corridor-Why-Mped-Four-Obstacles-") + today + ".png");
}

// File ▸ Export's two switches add the title line (the view's subject) and the date-and-sources
// line to what F12 exports, and are remembered in settings.json.
TEST(Interaction, ExportMenuSwitchesAddTitleAndDateLine) {
    const fs::path dir = scripted_dir("interaction_export_menu");
    const fs::path exports = dir / "exports";
    const fs::path config = dir / "config";
    fs::create_directories(exports);
    auto reset = [&] {
        fs::remove_all(config);
        fs::create_directories(config / "corridor-viewer");
        std::ofstream(config / "corridor-viewer" / "settings.json") << json{{"export_folder", exports.string()}}.dump();
    };
    const json script = {{"size", {1024, 768}},
                         {"lang", "en"},
                         {"steps",
                          {{{"select", "ML030204"}},
                           {{"wait", 2}},
                           {{"key", "F12"}},
                           {{"state", (dir / "plain.json").string()}},
                           control("menu.file"),
                           {{"wait", 2}},
                           control("menu.export_title"),
                           {{"wait", 2}},
                           control("menu.file"),
                           {{"wait", 2}},
                           control("menu.export_date_line"),
                           {{"wait", 2}},
                           {{"key", "F12"}},
                           {{"state", (dir / "titled.json").string()}}}}};
    std::ofstream(dir / "export.json") << script.dump(2);
    const RunResult run =
        run_viewer("--script '" + (dir / "export.json").string() + "'", "XDG_CONFIG_HOME='" + config.string() + "'", reset);
    ASSERT_EQ(run.exit_code, 0) << run.output;

    const json plain = read_json_file(dir / "plain.json")["export"];
    const json titled = read_json_file(dir / "titled.json")["export"];
    ASSERT_TRUE(plain["ok"]) << plain.dump();
    ASSERT_TRUE(titled["ok"]) << titled.dump();
    EXPECT_EQ(plain["title"], "");
    EXPECT_EQ(plain["footer"], "");
    EXPECT_EQ(titled["title"], "Kadiolo");  // the selected commune (ML030204)
    const std::string footer = titled["footer"];
    EXPECT_NE(footer.find("Exported"), std::string::npos) << footer;
    EXPECT_EQ(titled["furniture"].size(), plain["furniture"].size() + 2) << "a title box and a date-line box";
    const json settings = read_json_file(config / "corridor-viewer" / "settings.json");
    EXPECT_EQ(settings["export_title"], true) << settings.dump();
    EXPECT_EQ(settings["export_date_line"], true) << settings.dump();
}

// Every tour step whose target is a box or a corridor frames it clear of the caption below and
// the title above, inside the window, with padding (about a tenth of the free area).
TEST(Interaction, TourStepsFrameTheirTargetClearOfTheCaption) {
    std::ifstream in(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/tours/default.json");
    const json tour = json::parse(in);
    corridor::Diagnostics diag;
    const auto corridors = corridor::load_corridors(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/corridors.json", {}, diag);
    const size_t count = tour["steps"].size();
    const fs::path dir = scripted_dir("interaction_tour_framing");
    json steps = {{{"tour", "default"}}, {{"settle", 600}}, {{"wait", 2}}};
    for (size_t i = 1; i <= count; ++i) {
        if (i > 1) steps.push_back({{"key", "PageDown"}}), steps.push_back({{"settle", 600}}), steps.push_back({{"wait", 2}});
        steps.push_back({{"screenshot", (dir / ("step" + std::to_string(i) + ".png")).string()}});
        steps.push_back({{"state", (dir / ("step" + std::to_string(i) + ".json")).string()}});
    }
    std::string out;
    ASSERT_EQ(run_scripted(dir, "tour", steps, &out, "en", {1280, 720}), 0) << out;
    int checked = 0;
    for (size_t i = 1; i <= count; ++i) {
        SCOPED_TRACE("step " + std::to_string(i));
        const json s = read_json_file(dir / ("step" + std::to_string(i) + ".json"));
        const json& target = tour["steps"][i - 1]["target"];
        Rect box{};
        if (target["kind"] == "box") {
            box = screen_box(s, target["west"], target["south"], target["east"], target["north"]);
        } else if (target["kind"] == "corridor") {
            double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
            for (const corridor::Corridor& c : corridors)
                if (c.id == target["id"])
                    for (const corridor::CorridorTown& t : c.towns) {
                        auto [x, y] = screen_of(s, t.position.lon, t.position.lat);
                        x0 = std::min(x0, x), y0 = std::min(y0, y), x1 = std::max(x1, x), y1 = std::max(y1, y);
                    }
            ASSERT_LT(x0, x1) << "no corridor " << target["id"];
            box = {x0, y0, x1 - x0, y1 - y0};
        } else {
            continue;  // communes and initiatives: their bounds come from the boundary data
        }
        ++checked;
        const double W = s["camera"]["viewport"][0], H = s["camera"]["viewport"][1];
        double top = 0, bottom = H;
        for (const json& w : s["windows"]) {
            const Rect r = rect_of(w);
            EXPECT_FALSE(overlap(box, r)) << "the target lies under " << w["name"];
            if (w["name"] == "###tour_caption") bottom = std::min(bottom, r.y);
            if (w["name"] == "###tour_title" || w["name"] == "###tour_controls") top = std::max(top, r.y + r.h);
        }
        // Padding: at least half the tenth the framing aims at, on every side.
        const double pad_x = 0.05 * W, pad_y = 0.05 * (bottom - top);
        EXPECT_GE(box.x, pad_x);
        EXPECT_LE(box.x + box.w, W - pad_x);
        EXPECT_GE(box.y, top + pad_y);
        EXPECT_LE(box.y + box.h, bottom - pad_y);
    }
    EXPECT_GE(checked, 3);
}

// In French an initiative's date is in French form, and one the sources do not date says so:
// no date is made up.
TEST(Interaction, FrenchDatesAndNoInventedDate) {
    const fs::path dir = scripted_dir("interaction_french_dates");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "dates",
                           {{{"choose", "tdel-amm-first-meeting"}},
                            {{"wait", 3}},
                            {{"screenshot", (dir / "dated.png").string()}},
                            {{"text_log", (dir / "dated.txt").string()}},
                            {{"choose", "banfora-orodara-led-offices"}},
                            {{"wait", 3}},
                            {{"text_log", (dir / "undated.txt").string()}}},
                           &out, "fr"),
              0)
        << out;
    auto read = [](const fs::path& p) {
        std::ifstream in(p);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    const std::string dated = read(dir / "dated.txt"), undated = read(dir / "undated.txt");
    EXPECT_NE(dated.find("9 janvier 2013"), std::string::npos) << dated;
    EXPECT_EQ(dated.find("2013-01-09"), std::string::npos);
    EXPECT_NE(undated.find("non daté"), std::string::npos) << undated;
}

// Search lists each initiative and corridor once, by its title in the interface language, and
// finds it by the title in the other language too.
TEST(Interaction, SearchListsEachInitiativeOnceInTheInterfaceLanguage) {
    const fs::path dir = scripted_dir("interaction_search_once");
    std::string out;
    ASSERT_EQ(run_scripted(dir, "search",
                           {{{"key", "Ctrl+F"}},
                            {{"text", "corridor"}},
                            {{"wait", 2}},
                            {{"state", (dir / "fr.json").string()}},
                            {{"key", "Escape"}},
                            {{"key", "Ctrl+F"}},
                            {{"text", "northern corridor"}},
                            {{"wait", 2}},
                            {{"state", (dir / "en_title.json").string()}},
                            {{"key", "Escape"}},
                            {{"lang", "en"}},
                            {{"key", "Ctrl+F"}},
                            {{"text", "corridor"}},
                            {{"wait", 2}},
                            {{"state", (dir / "en.json").string()}}},
                           &out, "fr"),
              0)
        << out;
    std::ifstream in(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/corridors.json");
    const json corridors = json::parse(in);
    const json* northern = find_id(corridors["corridors"], "northern-corridor");
    ASSERT_NE(northern, nullptr);
    for (const char* lang : {"fr", "en"}) {
        SCOPED_TRACE(lang);
        const json s = read_json_file(dir / (std::string(lang) + ".json"));
        std::vector<std::string> seen;
        bool northern_shown = false;
        for (const json& r : s["search"]["results"]) {
            const std::string key = r["kind"].get<std::string>() + "/" + r["id"].get<std::string>();
            EXPECT_EQ(std::count(seen.begin(), seen.end(), key), 0) << key << " listed twice";
            seen.push_back(key);
            if (r["id"] == "northern-corridor") {
                EXPECT_EQ(r["name"], (*northern)["name"][lang]);
                northern_shown = true;
            }
        }
        EXPECT_TRUE(northern_shown) << s["search"].dump();
    }
    // The French interface finds it by its English title too.
    const json en_title = read_json_file(dir / "en_title.json");
    ASSERT_FALSE(en_title["search"]["results"].empty());
    EXPECT_EQ(en_title["search"]["results"][0]["id"], "northern-corridor");
}
