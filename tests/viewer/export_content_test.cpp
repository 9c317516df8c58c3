// Exports carry what the user sees (issue 15), through the real binary: markers in a 1x PNG
// match the window's pixels, names are placed again at 4x, the PDF and SVG hold the names as
// text, the legend lists what is visible, a recorded tour has the tour's length, and a
// read-only folder gets no file in any format. Expected names come from the state JSON and the
// expected video length from the tour file, not from the code under test.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <SFML/Graphics/Image.hpp>
#include <cpl_minixml.h>
#include <nlohmann/json.hpp>

#include "run_viewer.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;
using corridor::test::command_output;
using corridor::test::read_json_file;
using corridor::test::run_scripted;
using corridor::test::view_step;

namespace {

std::string without_spaces(const std::string& s) {
    std::string out;
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) out += c;
    return out;
}

struct Rect {
    double x0, y0, x1, y1;
};
Rect rect_of(const json& r) { return {r["x"], r["y"], double(r["x"]) + double(r["w"]), double(r["y"]) + double(r["h"])}; }
bool overlaps(const Rect& a, const Rect& b) { return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1; }

// The corridor view of the issue: markers, both corridors, many names.
const json kCorridorView = view_step(-4.5, 12.5, 7);

std::vector<std::string> label_texts(const json& labels) {
    std::vector<std::string> out;
    for (const json& l : labels)
        if (l["rank"] != "river") out.push_back(l["text"]);  // rivers are set glyph by glyph along the line
    return out;
}

}  // namespace

TEST(ExportContent, MarkersInA1xPngMatchTheWindow) {
    const fs::path dir = corridor::test::scripted_dir("export-markers");
    const json steps = {kCorridorView, {{"wait", 20}}, {{"screenshot", (dir / "window.png").string()}},
                        {{"export", {{"path", (dir / "x1.png").string()}, {"scale", 1}}}},
                        {{"state", (dir / "state.json").string()}}};
    std::string log;
    ASSERT_EQ(run_scripted(dir, "run", steps, &log), 0) << log;
    const json state = read_json_file(dir / "state.json");
    sf::Image window, x1;
    ASSERT_TRUE(window.loadFromFile((dir / "window.png").string()));
    ASSERT_TRUE(x1.loadFromFile((dir / "x1.png").string()));
    ASSERT_EQ(window.getSize(), x1.getSize());
    const Rect area = rect_of(state["map_area"]);
    std::vector<Rect> covered;
    for (const json& w : state["windows"]) covered.push_back(rect_of(w));
    for (const json& f : state["export"]["furniture"]) covered.push_back(rect_of(f));
    int compared = 0;
    for (const json& m : state["markers"]) {
        const Rect box = rect_of(m["box"]);
        if (box.x0 < area.x0 || box.y0 < area.y0 || box.x1 > area.x1 || box.y1 > area.y1) continue;
        if (std::any_of(covered.begin(), covered.end(), [&](const Rect& c) { return overlaps(box, c); })) continue;
        // The marker's disc, inside its edge (antialiasing differs by a pixel at most).
        const double cx = m["x"], cy = m["y"], r = (box.x1 - box.x0) / 2 - 2;
        double diff = 0;
        int pixels = 0;
        for (int y = int(cy - r); y <= int(cy + r); ++y)
            for (int x = int(cx - r); x <= int(cx + r); ++x) {
                if (std::hypot(x - cx, y - cy) > r) continue;
                const sf::Color a = window.getPixel(unsigned(x), unsigned(y)), b = x1.getPixel(unsigned(x), unsigned(y));
                diff += std::abs(a.r - b.r) + std::abs(a.g - b.g) + std::abs(a.b - b.b);
                ++pixels;
            }
        EXPECT_LT(diff / (3.0 * pixels), 12) << "marker at " << cx << ", " << cy << " " << m["ids"].dump();
        ++compared;
    }
    EXPECT_GE(compared, 3) << state["markers"].dump();
}

TEST(ExportContent, At4xNamesArePlacedForItsSize) {
    const fs::path dir = corridor::test::scripted_dir("export-4x");
    const json steps = {kCorridorView, {{"wait", 20}}, {{"state", (dir / "window.json").string()}},
                        {{"export", {{"path", (dir / "x4.png").string()}, {"scale", 4}, {"title", true}, {"date_line", true}}}},
                        {{"state", (dir / "after.json").string()}}};
    std::string log;
    ASSERT_EQ(run_scripted(dir, "run", steps, &log, "en", {800, 600}), 0) << log;
    const json window = read_json_file(dir / "window.json"), after = read_json_file(dir / "after.json");
    const json& labels = after["export"]["labels"];
    ASSERT_GT(window["labels"].size(), 3u);
    ASSERT_GT(labels.size(), 3u);
    auto median_height = [](const json& ls) {
        std::vector<double> h;
        for (const json& l : ls) h.push_back(l["box"]["h"]);
        std::sort(h.begin(), h.end());
        return h[h.size() / 2];
    };
    // Text four times as tall, so about as many names as the window shows, not sixteen times.
    EXPECT_NEAR(median_height(labels) / median_height(window["labels"]), 4.0, 1.0);
    EXPECT_LE(labels.size(), 2 * window["labels"].size() + 5);
    sf::Image x4;
    ASSERT_TRUE(x4.loadFromFile((dir / "x4.png").string()));
    EXPECT_EQ(x4.getSize().x, 3200u);
    // Every name lies inside the image and clear of the legend, title, scale bar and attribution.
    std::vector<Rect> furniture;
    for (const json& f : after["export"]["furniture"]) furniture.push_back(rect_of(f));
    EXPECT_GE(furniture.size(), 4u);  // legend, title, scale bar, attribution and date lines
    for (const json& l : labels) {
        const Rect b = rect_of(l["box"]);
        EXPECT_GE(b.x0, 0);
        EXPECT_LE(b.x1, 3200);
        for (const Rect& f : furniture) EXPECT_FALSE(overlaps(b, f)) << l.dump();
    }
}

TEST(ExportContent, PdfAndSvgHoldTheNamesAndTheLegendOfWhatIsVisible) {
    const fs::path dir = corridor::test::scripted_dir("export-vector");
    const json steps = {kCorridorView, {{"wait", 20}}, {{"state", (dir / "window.json").string()}},
                        {{"export", {{"path", (dir / "view.pdf").string()}, {"page", "a4-landscape"}}}},
                        {{"state", (dir / "pdf.json").string()}},
                        {{"hide", "mli_communes"}}, {{"hide", "bfa_communes"}}, {{"wait", 2}},
                        {{"export", {{"path", (dir / "view.svg").string()}}}},
                        {{"state", (dir / "svg.json").string()}}};
    std::string log;
    ASSERT_EQ(run_scripted(dir, "run", steps, &log), 0) << log;
    const json window = read_json_file(dir / "window.json"), pdf_state = read_json_file(dir / "pdf.json"),
               svg_state = read_json_file(dir / "svg.json");
    const std::string pdf_text = command_output("pdftotext -q '" + (dir / "view.pdf").string() + "' -");
    const std::string pdf_flat = without_spaces(pdf_text);
    const std::vector<std::string> pdf_names = label_texts(pdf_state["export"]["labels"]);
    ASSERT_GT(pdf_names.size(), 3u);
    for (const std::string& name : pdf_names) EXPECT_NE(pdf_flat.find(without_spaces(name)), std::string::npos) << name;
    // The names the window shows are in the PDF too (its page has no panels to keep off: it may have more).
    size_t found = 0;
    const std::vector<std::string> window_names = label_texts(window["labels"]);
    for (const std::string& name : window_names) found += pdf_flat.find(without_spaces(name)) != std::string::npos;
    EXPECT_GE(found * 10, window_names.size() * 8) << pdf_text;
    // The legend: what is in the view (markers, corridors, communes), in its own words.
    for (const char* entry : {"Legend", "Themes", "Corridors", "Communes"})
        EXPECT_NE(pdf_text.find(entry), std::string::npos) << entry << "\n" << pdf_text;
    const std::string info = command_output("pdfinfo '" + (dir / "view.pdf").string() + "'");
    double w = 0, h = 0;
    ASSERT_EQ(std::sscanf(info.c_str() + info.find("Page size:") + 10, "%lf x %lf", &w, &h), 2) << info;
    EXPECT_NEAR(w, 841.89, 0.5);  // A4 landscape, in points
    EXPECT_NEAR(h, 595.28, 0.5);

    std::ifstream in(dir / "view.svg");
    const std::string svg((std::istreambuf_iterator<char>(in)), {});
    CPLXMLNode* root = CPLParseXMLString(svg.c_str());
    ASSERT_NE(root, nullptr);
    std::string texts;
    if (const CPLXMLNode* doc = CPLSearchXMLNode(root, "=svg"))
        for (const CPLXMLNode* g = doc->psChild; g; g = g->psNext)
            if (g->eType == CXT_Element && CPLGetXMLValue(g, "id", "") == std::string("names"))
                for (const CPLXMLNode* t = g->psChild; t; t = t->psNext)
                    if (t->eType == CXT_Element) texts += std::string(CPLGetXMLValue(t, "", "")) + "\n";
    CPLDestroyXMLNode(root);
    const std::vector<std::string> svg_names = label_texts(svg_state["export"]["labels"]);
    ASSERT_GT(svg_names.size(), 3u);
    for (const std::string& name : svg_names) EXPECT_NE(texts.find(name + "\n"), std::string::npos) << name;
    // The communes were hidden before the SVG: its legend no longer lists them.
    EXPECT_EQ(texts.find("Communes\n"), std::string::npos) << texts;
    EXPECT_NE(texts.find("Corridors\n"), std::string::npos) << texts;
}

TEST(ExportContent, EachFormatToAReadOnlyFolderSaysWhyAndLeavesNoFile) {
    const fs::path dir = corridor::test::scripted_dir("export-read-only");
    const fs::path folder = corridor::test::unwritable_folder(dir);
    for (const char* name : {"corridor-view.pdf", "corridor-view.svg", "corridor-view.png"}) {
        SCOPED_TRACE(name);
        const fs::path file = folder / name;
        std::string log;
        EXPECT_EQ(run_scripted(dir, "run", {{{"wait", 5}}, {{"export", {{"path", file.string()}}}}}, &log), 2) << log;
        EXPECT_NE(log.find("cannot export the view to '" + file.string() + "': cannot write " + file.string() +
                           ": permission denied"),
                  std::string::npos)
            << log;
    }
    const fs::path mp4 = folder / "corridor-tour.mp4";
    const corridor::test::RunResult run = corridor::test::run_viewer(
        "--record-tour default --out '" + mp4.string() + "' --size 320x240",
        "XDG_CONFIG_HOME='" + (dir / "config").string() + "'");
    EXPECT_EQ(run.exit_code, 2) << run.output;
    EXPECT_NE(run.output.find("cannot record the tour to " + mp4.string() + ": permission denied"), std::string::npos)
        << run.output;
    for (const auto& e : fs::directory_iterator(folder))
        EXPECT_EQ(e.path().filename().string().find("corridor-"), std::string::npos) << e.path();
}

TEST(ExportContent, RecordedTourHasTheTourLengthSizeAndRate) {
    const fs::path dir = corridor::test::scripted_dir("record-tour");
    const fs::path mp4 = dir / "tour.mp4";
    // A short tour beside the project's files (CORRIDOR_RESOURCES): the default tour's first two
    // steps, held 2 s and 1.5 s, so the test records 3.5 s and not the whole 5-minute tour.
    const fs::path resources = dir / "resources", source = CORRIDOR_SOURCE_DIR;
    fs::remove_all(resources);
    fs::create_directories(resources);
    for (const char* sub : {"shaders", "assets", "geodata"})
        fs::copy(source / sub, resources / sub, fs::copy_options::recursive);
    std::ifstream default_tour(source / "geodata" / "tours" / "default.json");
    json tour = json::parse(default_tour);
    tour["id"] = "short";
    tour["steps"] = json::array({tour["steps"][0], tour["steps"][1]});
    tour["steps"][0]["duration_s"] = 2;
    tour["steps"][1]["duration_s"] = 1.5;
    std::ofstream(resources / "geodata" / "tours" / "short.json") << tour.dump(2);
    double total = 0;  // the expected length, from the tour file
    for (const json& s : tour["steps"]) total += double(s["duration_s"]);
    fs::create_directories(dir / "config");
    const corridor::test::RunResult run = corridor::test::run_viewer(
        "--record-tour short --out '" + mp4.string() + "' --size 480x270 --lang fr",
        "XDG_CONFIG_HOME='" + (dir / "config").string() + "' CORRIDOR_RESOURCES='" + resources.string() + "'");
    ASSERT_EQ(run.exit_code, 0) << run.output;
    const json probe = json::parse(command_output(
        "ffprobe -v error -select_streams v:0 -show_entries stream=codec_name,width,height,r_frame_rate "
        "-show_entries format=duration -of json '" + mp4.string() + "'"));
    const json& stream = probe["streams"][0];
    EXPECT_EQ(stream["codec_name"], "h264");
    EXPECT_EQ(stream["width"], 480);
    EXPECT_EQ(stream["height"], 270);
    EXPECT_EQ(stream["r_frame_rate"], "30/1");
    EXPECT_NEAR(std::stod(probe["format"]["duration"].get<std::string>()), total, 1.0);
}

// Esc in the recording's window cancels it, through the window's own event queue as a user's key
// press arrives (xdotool sends it), and leaves no file, not even the temporary one.
TEST(ExportContent, EscCancelsATourRecordingAndLeavesNoFile) {
    const fs::path dir = corridor::test::scripted_dir("record-cancel");
    const fs::path out = dir / "out", mp4 = out / "tour.mp4";
    fs::remove_all(out);
    fs::create_directories(out);
    fs::create_directories(dir / "config");
    // Start recording the whole default tour (minutes of video), wait until its first frames are
    // being written (the temporary file appears), then press Esc in its window.
    const std::string script =
        "XDG_CONFIG_HOME='" + (dir / "config").string() + "' '" + CORRIDOR_VIEWER_EXE + "' --record-tour default --out '" +
        mp4.string() + "' --size 480x270 & pid=$!\n"
        "for i in $(seq 600); do [ -n \"$(ls -A '" + out.string() + "')\" ] && break; sleep 0.1; done\n"
        "echo \"files while recording: $(ls -A '" + out.string() + "' | wc -l)\"\n"
        // SFML sets no _NET_WM_PID, so the window is found by its title; with no window
        // manager under Xvfb it must be given the focus for the key to reach it. The script runs
        // on an X server of its own (below): on the suite's shared one, a parallel test's window
        // has the same title and once took the key.
        "window=$(timeout 30 xdotool search --sync --name 'Corridor' | head -n 1)\n"
        "xdotool windowfocus --sync \"$window\" key Escape\n"
        "wait $pid; echo \"exit code: $?\"\n";
    std::ofstream(dir / "cancel.sh") << script;
    const corridor::test::RunResult run = corridor::test::run_command(
        "xvfb-run -a -s '-screen 0 1280x800x24' bash '" + (dir / "cancel.sh").string() + "'");
    EXPECT_NE(run.output.find("files while recording: 1"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("recording cancelled: no video was written"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("exit code: 1"), std::string::npos) << run.output;
    EXPECT_TRUE(fs::is_empty(out)) << "a cancelled recording left a file in " << out;
}

