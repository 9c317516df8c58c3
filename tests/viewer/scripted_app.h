#pragma once
// Runs the real viewer binary on a script written into the test scratch folder and reads back
// the state JSON it wrote: the labels and search tests drive the app as a user would.
#include <filesystem>
#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/project/projection.h"
#include "fixtures.h"
#include "run_viewer.h"

namespace corridor::test {

inline std::filesystem::path scripted_dir(const std::string& name) { return scratch_dir(name); }

// Whether the state JSON lists a panel with this id among the windows drawn.
inline bool has_panel(const nlohmann::json& state, const std::string& id) {
    for (const auto& p : state["panels"])
        if (p["id"] == id) return true;
    return false;
}

// Runs `steps` in a window of `size` (default 1024x768, English); returns the exit code, the
// log in `output`. `files` are opened as extra layers, as paths on the command line are.
inline int run_scripted(const std::filesystem::path& dir, const std::string& name, const nlohmann::json& steps,
                        std::string* output = nullptr, const std::string& lang = "en",
                        const nlohmann::json& size = {1024, 768},
                        const std::vector<std::filesystem::path>& files = {}) {
    const nlohmann::json script = {{"size", size}, {"lang", lang}, {"steps", steps}};
    // A fresh, empty config folder per run: no settings.json layers, no imgui.ini from the user
    // or from a test running beside this one. The script is written before each run too: a
    // state step may write over it (a test naming its state as the script), and the sanitizer's
    // second try must play the script, not that state.
    const std::filesystem::path config = dir / (name + ".config");
    std::string arguments = "--script '" + (dir / (name + ".json")).string() + "'";
    for (const auto& file : files) arguments += " '" + file.string() + "'";
    const RunResult run = run_viewer(arguments,
                                     "XDG_CONFIG_HOME='" + config.string() + "'", [&] {
                                         std::ofstream(dir / (name + ".json")) << script.dump(2);
                                         std::filesystem::remove_all(config);
                                         std::filesystem::create_directories(config);
                                     });
    std::ofstream(dir / (name + ".log")) << run.output;  // kept beside the script, to read after a failure
    if (output) *output = run.output;
    return run.exit_code;
}

inline nlohmann::json read_json_file(const std::filesystem::path& p) {
    std::ifstream in(p);
    return nlohmann::json::parse(in);
}

inline nlohmann::json view_step(double lon, double lat, double zoom) {
    return {{"view", {{"lon", lon}, {"lat", lat}, {"zoom", zoom}}}};
}

// A screen box of the state JSON ({x, y, w, h}, window pixels); boxes that only touch do not overlap.
struct Rect {
    double x, y, w, h;
};
inline Rect rect_of(const nlohmann::json& r) { return {r["x"], r["y"], r["w"], r["h"]}; }
inline bool overlap(const Rect& a, const Rect& b) {
    return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

inline nlohmann::json lonlat(double lon, double lat) { return {{"lon", lon}, {"lat", lat}}; }

// Where a lon/lat point lies in the window for the camera the state JSON describes.
inline std::pair<double, double> screen_of(const nlohmann::json& state, double lon, double lat) {
    const nlohmann::json& cam = state["camera"];
    const MapPoint nw = lonlat_to_mercator({cam["bounds"]["west"], cam["bounds"]["north"]});
    const MapPoint m = lonlat_to_mercator({lon, lat});
    const double mpp = cam["meters_per_pixel"];
    return {(m.x - nw.x) / mpp, (nw.y - m.y) / mpp};
}

}  // namespace corridor::test
