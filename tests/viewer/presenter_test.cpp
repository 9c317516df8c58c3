// Presenter mode through the real binary: the default tour stepped with a clicker's keys in
// both languages, blackout, leaving with Esc, export at 2x, projector settings kept between runs,
// panels inside the window at projector sizes. Expected captions are read from the tour file
// itself, not from the code under test.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Window/VideoMode.hpp>
#include <nlohmann/json.hpp>

#include "run_viewer.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

fs::path test_dir(const std::string& name) {
    const char* t = std::getenv("CORRIDOR_TEST_TMP");
    fs::path dir = fs::path(t ? t : "/tmp") / "presenter" / name;
    fs::remove_all(dir);
    fs::create_directories(dir / "config");
    return dir;
}

struct RunOutput {
    int exit_code = -1;
    std::string log;
};

// Runs the viewer on a script in `dir`, with `dir`/config as XDG_CONFIG_HOME. The script is
// written before each run: the sanitizer's second try must not play what a state step wrote.
RunOutput run_script(const fs::path& dir, const std::string& name, const json& script) {
    const corridor::test::RunResult run = corridor::test::run_viewer(
        "--script '" + (dir / (name + ".json")).string() + "'", "XDG_CONFIG_HOME='" + (dir / "config").string() + "'",
        [&] { std::ofstream(dir / (name + ".json")) << script.dump(2); });
    std::ofstream(dir / (name + ".log")) << run.output;
    return {run.exit_code, run.output};
}

json read_json(const fs::path& p) {
    std::ifstream in(p);
    return json::parse(in);
}

json default_tour() { return read_json(fs::path(CORRIDOR_SOURCE_DIR) / "geodata" / "tours" / "default.json"); }

std::string shot(const fs::path& dir, const std::string& name) { return (dir / (name + ".png")).string(); }
std::string state(const fs::path& dir, const std::string& name) { return (dir / (name + ".json")).string(); }

using corridor::test::has_panel;

// Share of pixels darker than 16 in every channel.
double black_share(const sf::Image& img) {
    size_t black = 0, all = 0;
    for (unsigned y = 0; y < img.getSize().y; y += 4)
        for (unsigned x = 0; x < img.getSize().x; x += 4, ++all) {
            sf::Color c = img.getPixel(x, y);
            if (c.r < 16 && c.g < 16 && c.b < 16) ++black;
        }
    return all ? double(black) / all : 0;
}

class TourInLanguage : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(TourInLanguage, PageDownWalksEveryStepWithTheFilesCaptions) {
    const std::string lang = GetParam();
    const json tour = default_tour();
    const size_t count = tour["steps"].size();
    ASSERT_GE(count, 2u);
    fs::path dir = test_dir("tour_" + lang);
    json steps = {{{"tour", "default"}}, {{"settle", 600}}};
    for (size_t i = 1; i <= count; ++i) {
        if (i > 1) steps.push_back({{"key", "PageDown"}}), steps.push_back({{"settle", 600}});
        steps.push_back({{"screenshot", shot(dir, "step" + std::to_string(i))}});
        steps.push_back({{"state", state(dir, "step" + std::to_string(i))}});
    }
    steps.push_back({{"key", "PageDown"}});  // past the last step: stays there
    steps.push_back({{"state", state(dir, "after_last")}});
    RunOutput r = run_script(dir, "tour", {{"size", {1280, 720}}, {"lang", lang}, {"steps", steps}});
    ASSERT_EQ(r.exit_code, 0) << r.log;

    for (size_t i = 1; i <= count; ++i) {
        SCOPED_TRACE("step " + std::to_string(i));
        json s = read_json(state(dir, "step" + std::to_string(i)));
        const json& expected = tour["steps"][i - 1];
        EXPECT_EQ(s["language"], lang);
        EXPECT_EQ(s["tour"]["active"], true);
        EXPECT_EQ(s["tour"]["id"], "default");
        EXPECT_EQ(s["tour"]["step"], i);
        EXPECT_EQ(s["tour"]["count"], count);
        EXPECT_EQ(s["tour"]["caption"]["title"], expected["caption"][lang]["title"]);
        EXPECT_EQ(s["tour"]["caption"]["text"], expected["caption"][lang]["text"]);
        EXPECT_EQ(s["presenter"]["active"], true);
        for (const char* chrome : {"layers", "legend", "initiatives", "feature"})
            EXPECT_FALSE(has_panel(s, chrome)) << chrome << ": editing chrome is hidden while presenting";
        json initiatives = expected.contains("highlight") ? expected["highlight"].value("initiatives", json::array())
                                                          : json::array();
        EXPECT_EQ(s["tour"]["initiatives"], initiatives);
        // A box target: the camera ended its flight over the box.
        if (expected["target"]["kind"] == "box") {
            const json& t = expected["target"];
            double lon = s["camera"]["center"]["lon"], lat = s["camera"]["center"]["lat"];
            EXPECT_GT(lon, t["west"].get<double>());
            EXPECT_LT(lon, t["east"].get<double>());
            EXPECT_GT(lat, t["south"].get<double>());
            EXPECT_LT(lat, t["north"].get<double>());
        }
        sf::Image img;
        ASSERT_TRUE(img.loadFromFile(shot(dir, "step" + std::to_string(i))));
        EXPECT_EQ(img.getSize().x, 1280u);
        EXPECT_LT(black_share(img), 0.5);
    }
    json last = read_json(state(dir, "after_last"));
    EXPECT_EQ(last["tour"]["step"], count);
}

INSTANTIATE_TEST_SUITE_P(Presenter, TourInLanguage, ::testing::Values("fr", "en"));

TEST(Presenter, KeysGoToTheTourNotTheMapBlackoutAndEscape) {
    const size_t count = default_tour()["steps"].size();
    fs::path dir = test_dir("keys");
    json steps = {
        {{"tour", "default"}},      {{"settle", 600}},
        {{"key", "End"}},           {{"settle", 600}},       {{"state", state(dir, "end")}},
        {{"key", "Left"}},          {{"state", state(dir, "left")}},
        {{"key", "Home"}},          {{"settle", 600}},       {{"state", state(dir, "home")}},
        {{"key", "Right"}},         {{"key", "Space"}},      {{"state", state(dir, "right_space")}},
        {{"key", "PageUp"}},        {{"state", state(dir, "pageup")}},
        {{"key", "b"}},             {{"screenshot", shot(dir, "black")}}, {{"state", state(dir, "black")}},
        {{"key", "PageDown"}},      {{"state", state(dir, "black_next")}},
        {{"key", "b"}},             {{"screenshot", shot(dir, "unblack")}},
        {{"key", "p"}},             {{"state", state(dir, "playing")}},
        {{"key", "Escape"}},        {{"state", state(dir, "left_presenter")}},
        {{"key", "Left"}},          {{"state", state(dir, "map_left")}},
    };
    RunOutput r = run_script(dir, "keys", {{"size", {1024, 768}}, {"lang", "en"}, {"steps", steps}});
    ASSERT_EQ(r.exit_code, 0) << r.log;
    EXPECT_EQ(read_json(state(dir, "end"))["tour"]["step"], count);
    EXPECT_EQ(read_json(state(dir, "left"))["tour"]["step"], count - 1);
    json home = read_json(state(dir, "home"));
    EXPECT_EQ(home["tour"]["step"], 1);
    EXPECT_EQ(read_json(state(dir, "right_space"))["tour"]["step"], 3);
    EXPECT_EQ(read_json(state(dir, "pageup"))["tour"]["step"], 2);

    json black = read_json(state(dir, "black"));
    EXPECT_EQ(black["tour"]["blackout"], true);
    sf::Image img;
    ASSERT_TRUE(img.loadFromFile(shot(dir, "black")));
    EXPECT_GT(black_share(img), 0.99);
    ASSERT_TRUE(img.loadFromFile(shot(dir, "unblack")));
    EXPECT_LT(black_share(img), 0.5);
    EXPECT_EQ(read_json(state(dir, "black_next"))["tour"]["step"], 3) << "keys still step while blacked out";
    EXPECT_EQ(read_json(state(dir, "playing"))["tour"]["playing"], true);

    json left = read_json(state(dir, "left_presenter"));
    EXPECT_EQ(left["presenter"]["active"], false);
    EXPECT_EQ(left["tour"]["active"], false);
    EXPECT_TRUE(has_panel(left, "legend")) << "the editing panels come back";
    // Outside presenter mode the arrows are the map's again: Left pans the view west.
    json map_left = read_json(state(dir, "map_left"));
    EXPECT_EQ(map_left["tour"]["active"], false);
    EXPECT_LT(map_left["camera"]["center"]["lon"].get<double>(), left["camera"]["center"]["lon"].get<double>());
}

TEST(Presenter, ExportAtTwiceHasTwiceThePixels) {
    fs::path dir = test_dir("export");
    json steps = {{{"view", {{"lon", -5.67}, {"lat", 11.31}, {"zoom", 9}}}},
                  {{"screenshot", shot(dir, "window")}},
                  {{"export", {{"path", shot(dir, "x2")}, {"scale", 2}}}},
                  {{"export", {{"path", shot(dir, "x1")}, {"scale", 1}}}},
                  {{"state", state(dir, "after")}}};
    RunOutput r = run_script(dir, "export", {{"size", {1024, 768}}, {"lang", "fr"}, {"steps", steps}});
    ASSERT_EQ(r.exit_code, 0) << r.log;
    sf::Image window, x1, x2;
    ASSERT_TRUE(window.loadFromFile(shot(dir, "window")));
    ASSERT_TRUE(x1.loadFromFile(shot(dir, "x1")));
    ASSERT_TRUE(x2.loadFromFile(shot(dir, "x2")));
    EXPECT_EQ(x1.getSize(), window.getSize());
    EXPECT_EQ(x2.getSize().x, 2 * window.getSize().x);
    EXPECT_EQ(x2.getSize().y, 2 * window.getSize().y);
    // The same place: the land colour at the centre of the window is at the centre of both exports
    // (off any line: a few pixels beside the centre).
    sf::Color c = window.getPixel(512 + 30, 384 + 30), c1 = x1.getPixel(512 + 30, 384 + 30),
              c2 = x2.getPixel(1024 + 61, 768 + 61);
    EXPECT_NEAR(c.r, c1.r, 12);
    EXPECT_NEAR(c.g, c2.g, 12);
    EXPECT_NEAR(c.b, c2.b, 12);
    // Legend panel in the top left corner: white paper.
    sf::Color legend = x2.getPixel(40, 40);
    EXPECT_GT(legend.r, 220);
    EXPECT_GT(legend.g, 220);
    json after = read_json(state(dir, "after"));
    EXPECT_EQ(after["export"]["ok"], true);
    EXPECT_TRUE(has_panel(after, "export_notice"));
}

TEST(Presenter, ExportFileNameIsAsciiFromPlaceAndDate) {
    // Through the binary's own default: no path given, so it names the file after the place.
    fs::path dir = test_dir("export_name");
    fs::create_directories(dir / "out");
    fs::create_directories(dir / "config" / "corridor-viewer");
    std::ofstream(dir / "config" / "corridor-viewer" / "settings.json")
        << json({{"export_folder", (dir / "out").string()}}).dump();
    json steps = {{{"view", {{"lon", -5.67}, {"lat", 11.31}, {"zoom", 11}}}}, {{"key", "F12"}},
                  {{"state", state(dir, "after")}}};
    RunOutput r = run_script(dir, "export_name", {{"size", {800, 600}}, {"lang", "en"}, {"steps", steps}});
    ASSERT_EQ(r.exit_code, 0) << r.log;
    std::string path = read_json(state(dir, "after"))["export"]["path"];
    std::string name = fs::path(path).filename().string();
    EXPECT_EQ(fs::path(path).parent_path(), dir / "out");
    EXPECT_EQ(name.rfind("corridor-Sikasso-", 0), 0u) << name;  // Sikasso town lies at -5.67, 11.31
    EXPECT_EQ(name.size(), std::string("corridor-Sikasso-2026-11-28.png").size()) << name;
    EXPECT_TRUE(fs::exists(path));
}

TEST(Presenter, UiScaleAndContrastPersistAndKeepOtherSettings) {
    fs::path dir = test_dir("settings");
    fs::path settings = dir / "config" / "corridor-viewer" / "settings.json";
    fs::create_directories(settings.parent_path());
    std::ofstream(settings) << json({{"layers", json::array()}, {"someone_elses", 5}}).dump();
    RunOutput r1 = run_script(dir, "run1",
                        {{"size", {1024, 768}}, {"steps", {{{"ui_scale", 2}}, {{"state", state(dir, "run1")}}}}});
    ASSERT_EQ(r1.exit_code, 0) << r1.log;
    EXPECT_EQ(read_json(state(dir, "run1"))["presenter"]["ui_scale"], 2.0);
    RunOutput r2 = run_script(dir, "run2", {{"size", {1024, 768}}, {"steps", {{{"state", state(dir, "run2")}}}}});
    ASSERT_EQ(r2.exit_code, 0) << r2.log;
    EXPECT_EQ(read_json(state(dir, "run2"))["presenter"]["ui_scale"], 2.0);
    json kept = read_json(settings);
    EXPECT_EQ(kept["someone_elses"], 5);
    EXPECT_TRUE(kept["layers"].is_array());
}

TEST(Presenter, PanelsStayInsideAtProjectorSizes) {
    for (auto [w, h] : {std::pair{1280, 720}, {1920, 1080}, {3840, 2160}}) {
        std::string size = std::to_string(w) + "x" + std::to_string(h);
        SCOPED_TRACE(size);
        fs::path dir = test_dir("size_" + size);
        // 3x at 720p is the hardest case for the panels; click the map for the detail panel.
        json steps = {{{"ui_scale", 3}},
                      {{"view", {{"lon", -5.76}, {"lat", 10.55}, {"zoom", 10}}}},
                      {{"click", {{"x", w * 0.85}, {"y", h * 0.5}}}},  // right of the layer list
                      {{"wait", 2}},
                      {{"screenshot", shot(dir, "editing")}},
                      {{"state", state(dir, "editing")}},
                      {{"tour", "default"}},
                      {{"settle", 600}},
                      {{"screenshot", shot(dir, "presenting")}},
                      {{"state", state(dir, "presenting")}}};
        RunOutput r = run_script(dir, "sizes", {{"size", {w, h}}, {"lang", "fr"}, {"steps", steps}});
        ASSERT_EQ(r.exit_code, 0) << r.log;
        for (const char* name : {"editing", "presenting"}) {
            json s = read_json(state(dir, name));
            ASSERT_FALSE(s["windows"].empty()) << name;
            for (const json& win : s["windows"]) {
                SCOPED_TRACE(std::string(name) + " " + win["name"].get<std::string>());
                EXPECT_GE(win["x"].get<double>(), 0);
                EXPECT_GE(win["y"].get<double>(), 0);
                EXPECT_LE(win["x"].get<double>() + win["w"].get<double>(), w + 0.5);
                EXPECT_LE(win["y"].get<double>() + win["h"].get<double>(), h + 0.5);
            }
        }
    }
}

TEST(Presenter, FullscreenAndBackKeepsTheMapDrawn) {
    fs::path dir = test_dir("fullscreen");
    json steps = {{{"view", {{"lon", -5.67}, {"lat", 11.31}, {"zoom", 9}}}}, {{"screenshot", shot(dir, "before")}},
                  {{"key", "F11"}}, {{"wait", 2}}, {{"state", state(dir, "full")}},
                  {{"key", "F11"}}, {{"wait", 2}}, {{"state", state(dir, "back")}}, {{"screenshot", shot(dir, "after")}}};
    RunOutput r = run_script(dir, "fullscreen", {{"size", {800, 600}}, {"lang", "en"}, {"steps", steps}});
    ASSERT_EQ(r.exit_code, 0) << r.log;
    json full = read_json(state(dir, "full")), back = read_json(state(dir, "back"));
    EXPECT_EQ(full["presenter"]["fullscreen"], true);
    sf::VideoMode desktop = sf::VideoMode::getDesktopMode();
    EXPECT_EQ(full["camera"]["viewport"][0], desktop.width);
    EXPECT_EQ(full["camera"]["viewport"][1], desktop.height);
    EXPECT_EQ(back["presenter"]["fullscreen"], false);
    EXPECT_EQ(back["camera"]["viewport"][0], 800);
    // The map's GPU buffers survived the new window: the same pixels as before.
    sf::Image before, after;
    ASSERT_TRUE(before.loadFromFile(shot(dir, "before")));
    ASSERT_TRUE(after.loadFromFile(shot(dir, "after")));
    EXPECT_EQ(before.getPixel(430, 330), after.getPixel(430, 330));
    EXPECT_EQ(before.getPixel(300, 200), after.getPixel(300, 200));
}
