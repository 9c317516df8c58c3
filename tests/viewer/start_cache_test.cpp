// The cache of processed layers seen from the real viewer binary: a warm start shows exactly
// what a cold one showed (the same commune selected by the same click, the same names); a
// damaged entry is rebuilt with a warning in the Problems list; a read-only cache folder only
// costs the cache; --no-cache writes nothing; --validate says where the cache is and what it holds.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <functional>
#include <fstream>
#include <string>

#include <SFML/Graphics/Image.hpp>
#include <nlohmann/json.hpp>

#include "fixtures.h"
#include "run_viewer.h"
#include "scripted_app.h"

namespace fs = std::filesystem;
using nlohmann::json;

namespace {

constexpr double kKadioloLon = -5.762108, kKadioloLat = 10.552181, kOffMarker = 0.03;

fs::path test_dir() {
    return corridor::test::scratch_dir(std::string("start_cache/") +
                                       ::testing::UnitTest::GetInstance()->current_test_info()->name());
}

struct ViewerRun {
    int exit_code = -1;
    std::string output;
    json state;
    fs::path screenshot;
};

// Runs `steps` (a 1024x768 window, in English) with `cache_home` as XDG_CACHE_HOME and a fresh
// config folder; reads back the state file the steps write as `name`_state.json, if any.
// `damage`: done to the cache before the run, and again before a run the sanitizer makes the
// harness repeat (the first run has rebuilt what it found damaged).
ViewerRun scripted_run(const std::string& name, const fs::path& cache_home, const json& steps,
                       const std::string& options = "", const std::function<void()>& damage = {}) {
    const fs::path dir = test_dir();
    const json script = {{"size", {1024, 768}}, {"lang", "en"}, {"steps", steps}};
    std::ofstream(dir / (name + ".json")) << script.dump(2);
    const fs::path config = dir / (name + ".config");
    const std::string environment = "XDG_CONFIG_HOME='" + config.string() + "' XDG_CACHE_HOME='" + cache_home.string() + "'";
    ViewerRun run;
    const corridor::test::RunResult r = corridor::test::run_viewer(
        options + " --script '" + (dir / (name + ".json")).string() + "'", environment, [&config, &damage] {
            fs::remove_all(config);
            fs::create_directories(config);
            if (damage) damage();
        });
    run.exit_code = r.exit_code, run.output = r.output;
    std::ofstream(dir / (name + ".log")) << r.output;
    if (r.exit_code == 0 && fs::exists(dir / (name + "_state.json")))
        run.state = corridor::test::read_json_file(dir / (name + "_state.json"));
    return run;
}

// Clicks a commune of Kadiolo, writes the state and takes a screenshot.
ViewerRun click_run(const std::string& name, const fs::path& cache_home, const std::string& options = "",
                    const std::function<void()>& damage = {}) {
    const fs::path dir = test_dir();
    const json steps = {corridor::test::view_step(kKadioloLon, kKadioloLat, 10),
                        {{"click", corridor::test::lonlat(kKadioloLon + kOffMarker, kKadioloLat + kOffMarker)}},
                        {{"state", (dir / (name + "_state.json")).string()}},
                        {{"screenshot", (dir / (name + ".png")).string()}}};
    ViewerRun run = scripted_run(name, cache_home, steps, options, damage);
    run.screenshot = dir / (name + ".png");
    return run;
}

// How many pixels differ between two images of one size (SIZE_MAX: unreadable, or sizes differ).
size_t differing_pixels(const fs::path& a, const fs::path& b) {
    sf::Image first, second;
    if (!first.loadFromFile(a.string()) || !second.loadFromFile(b.string()) || first.getSize() != second.getSize())
        return SIZE_MAX;
    const size_t bytes = size_t(first.getSize().x) * first.getSize().y * 4;
    size_t differing = 0;
    for (size_t i = 0; i < bytes; i += 4) differing += std::memcmp(first.getPixelsPtr() + i, second.getPixelsPtr() + i, 4) != 0;
    return differing;
}

// Every file under `folder`.
std::vector<fs::path> files_under(const fs::path& folder) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(folder, ec); !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file()) files.push_back(it->path());
    return files;
}

// The entries whose key begins with `kind` (an entry holds its key after a short header).
std::vector<fs::path> entries_of(const fs::path& cache_home, const std::string& kind) {
    std::vector<fs::path> out;
    for (const fs::path& f : files_under(cache_home / "corridor-viewer"))
        if (corridor::test::file_bytes(f).substr(0, 256).find(kind + "\n") != std::string::npos) out.push_back(f);
    return out;
}

// The boundary data's entry, when there is exactly one.
fs::path only_entry(const fs::path& cache_home) {
    const std::vector<fs::path> files = entries_of(cache_home, "corridor-viewer geodata cache");
    return files.size() == 1 ? files.front() : fs::path();
}

// The map meshes' entry (viewer/map/mesh_cache), when there is exactly one.
fs::path only_mesh_entry(const fs::path& cache_home) {
    const std::vector<fs::path> files = entries_of(cache_home, "corridor-viewer meshes");
    return files.size() == 1 ? files.front() : fs::path();
}

// The names' entry (viewer/names/cartography_cache), when there is exactly one.
fs::path only_names_entry(const fs::path& cache_home) {
    const std::vector<fs::path> files = entries_of(cache_home, "corridor-viewer names");
    return files.size() == 1 ? files.front() : fs::path();
}

json without_problems(json state) {
    state.erase("problems");
    return state;
}

std::string problem_messages(const json& state) {
    std::string out;
    for (const json& p : state["problems"]) out += p["file"].get<std::string>() + ": " + p["message"].get<std::string>() + "\n";
    return out;
}

void expect_kadiolo_selected(const ViewerRun& run) {
    ASSERT_EQ(run.exit_code, 0) << run.output;
    ASSERT_FALSE(run.state["selected"].is_null()) << run.state.dump(2);
    EXPECT_EQ(run.state["selected"]["id"], "ML030204");
    EXPECT_FALSE(run.state["labels"].empty());
}

}  // namespace

TEST(StartCache, WarmRunShowsWhatTheColdRunShowed) {
    const fs::path cache_home = test_dir() / "cache";
    const ViewerRun cold = click_run("cold", cache_home);
    expect_kadiolo_selected(cold);
    // Its frame is the map's: the loading preview has gone before any step runs.
    EXPECT_TRUE(cold.state["preview"].is_array() && cold.state["preview"].empty()) << cold.state["preview"];
    const fs::path entry = only_entry(cache_home);
    ASSERT_FALSE(entry.empty()) << "no single cache entry after the first run";
    const auto written = fs::last_write_time(entry);
    // The map's meshes too, once every level of detail was built (before the first run ended).
    const fs::path meshes = only_mesh_entry(cache_home);
    ASSERT_FALSE(meshes.empty()) << "no single mesh entry after the first run";
    // And the place names, labels and search entries.
    const fs::path names = only_names_entry(cache_home);
    ASSERT_FALSE(names.empty()) << "no single names entry after the first run";
    EXPECT_EQ(files_under(cache_home / "corridor-viewer").size(), 3u);
    const ViewerRun warm = click_run("warm", cache_home);
    expect_kadiolo_selected(warm);
    EXPECT_EQ(cold.state, warm.state);
    // The same picture: the first run's screenshot waited for the view's finer levels of detail,
    // which a first start builds after its first frames, and the second reads from the cache.
    EXPECT_EQ(differing_pixels(cold.screenshot, warm.screenshot), 0u) << cold.screenshot << " and " << warm.screenshot;
    EXPECT_EQ(cold.state["labels"], warm.state["labels"]);
    EXPECT_EQ(only_entry(cache_home), entry);
    EXPECT_GE(fs::last_write_time(entry), written);  // read, marked as used, not rewritten elsewhere
    EXPECT_EQ(only_mesh_entry(cache_home), meshes);
    EXPECT_EQ(only_names_entry(cache_home), names);
    EXPECT_EQ(files_under(cache_home / "corridor-viewer").size(), 3u);
}

// A warm start's screenshot is its first settled frame, not an earlier one: the same picture as
// the first start's, whose screenshot waits for the finer levels of detail. A warm start lays its
// panels out once unseen before its first frame (App::lay_out_unseen), so that frame already
// frames home; a panel whose scrollbar ImGui had not yet sized would differ here. Only the
// corridors' flow moves from frame to frame: pixels may differ around its towns, nowhere else.
TEST(StartCache, WarmScreenshotIsTheSettledHomeView) {
    const fs::path cache_home = test_dir() / "cache", dir = test_dir();
    auto shot = [&](const std::string& name) {
        return json{{{"screenshot", (dir / (name + ".png")).string()}}, {{"state", (dir / (name + "_state.json")).string()}}};
    };
    const ViewerRun cold = scripted_run("cold", cache_home, shot("cold"));
    ASSERT_EQ(cold.exit_code, 0) << cold.output;
    const ViewerRun warm = scripted_run("warm", cache_home, shot("warm"));
    ASSERT_EQ(warm.exit_code, 0) << warm.output;
    ASSERT_EQ(cold.state["camera"], warm.state["camera"]);
    EXPECT_EQ(cold.state["panels"], warm.state["panels"]);

    // The flow's box on screen: its towns' corners, 24 px round (the markers' and the flow's size).
    const json corridors = corridor::test::read_json_file(fs::path(CORRIDOR_SOURCE_DIR) / "geodata/corridors.json");
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (const json& c : corridors["corridors"])
        for (const json& town : c["towns"]) {
            const auto [x, y] = corridor::test::screen_of(warm.state, town["lon"], town["lat"]);
            x0 = std::min(x0, x - 24), y0 = std::min(y0, y - 24), x1 = std::max(x1, x + 24), y1 = std::max(y1, y + 24);
        }
    sf::Image a, b;
    ASSERT_TRUE(a.loadFromFile((dir / "cold.png").string()) && b.loadFromFile((dir / "warm.png").string()));
    ASSERT_EQ(a.getSize(), b.getSize());
    size_t elsewhere = 0;
    for (unsigned y = 0; y < a.getSize().y; ++y)
        for (unsigned x = 0; x < a.getSize().x; ++x) {
            const bool near_flow = x >= x0 && x <= x1 && y >= y0 && y <= y1;
            if (!near_flow && a.getPixel(x, y) != b.getPixel(x, y)) ++elsewhere;
        }
    EXPECT_EQ(elsewhere, 0u) << dir / "cold.png" << " and " << dir / "warm.png";
}

// A 4x export made in a first start's first seconds is drawn at the level of detail its own scale
// asks for (four times finer than the window's), as a warm start's is: not the coarser one the
// window may still show.
TEST(StartCache, FirstStartExportsAtTheDetailOfTheExport) {
    const fs::path cache_home = test_dir() / "cache", dir = test_dir();
    auto export_steps = [&](const std::string& name) {
        return json{corridor::test::view_step(kKadioloLon, kKadioloLat, 8),
                    {{"export", {{"path", (dir / (name + ".png")).string()}, {"scale", 4}}}}};
    };
    const ViewerRun cold = scripted_run("cold", cache_home, export_steps("cold"));
    ASSERT_EQ(cold.exit_code, 0) << cold.output;
    ASSERT_FALSE(only_mesh_entry(cache_home).empty());
    const ViewerRun warm = scripted_run("warm", cache_home, export_steps("warm"));
    ASSERT_EQ(warm.exit_code, 0) << warm.output;
    EXPECT_EQ(differing_pixels(dir / "cold.png", dir / "warm.png"), 0u) << dir / "cold.png" << " and " << dir / "warm.png";
}

// A damaged mesh entry is reported, rebuilt, and the map is the same.
TEST(StartCache, DamagedMeshEntryIsRebuiltWithAWarning) {
    const fs::path cache_home = test_dir() / "cache";
    const ViewerRun cold = click_run("cold", cache_home);
    expect_kadiolo_selected(cold);
    const fs::path meshes = only_mesh_entry(cache_home);
    ASSERT_FALSE(meshes.empty());
    std::string bytes = corridor::test::file_bytes(meshes);
    bytes[bytes.size() - 100] ^= 0x10;
    const ViewerRun damaged = click_run("flipped", cache_home, "", [&] { std::ofstream(meshes, std::ios::binary | std::ios::trunc) << bytes; });
    expect_kadiolo_selected(damaged);
    EXPECT_EQ(without_problems(damaged.state), without_problems(cold.state));
    EXPECT_NE(problem_messages(damaged.state).find(meshes.string() + ": cache entry damaged: its checksum"),
              std::string::npos)
        << problem_messages(damaged.state);
    const ViewerRun again = click_run("again", cache_home);
    EXPECT_EQ(again.state, cold.state);
    EXPECT_EQ(corridor::test::file_bytes(only_mesh_entry(cache_home)).size(), bytes.size());
}

TEST(StartCache, DamagedEntriesAreRebuiltWithAWarning) {
    const fs::path cache_home = test_dir() / "cache";
    const ViewerRun cold = click_run("cold", cache_home);
    expect_kadiolo_selected(cold);
    const fs::path entry = only_entry(cache_home);
    ASSERT_FALSE(entry.empty());
    const std::string bytes = corridor::test::file_bytes(entry);
    const ViewerRun truncated = click_run("truncated", cache_home, "", [&] {
        std::ofstream(entry, std::ios::binary | std::ios::trunc) << bytes.substr(0, bytes.size() / 3);
    });
    expect_kadiolo_selected(truncated);
    EXPECT_EQ(without_problems(truncated.state), without_problems(cold.state));
    EXPECT_NE(problem_messages(truncated.state).find(entry.string() + ": cache entry truncated"), std::string::npos)
        << problem_messages(truncated.state);

    std::string flipped = bytes;
    flipped[flipped.size() / 2] ^= 0x01;
    const ViewerRun damaged = click_run("flipped", cache_home, "", [&] { std::ofstream(entry, std::ios::binary | std::ios::trunc) << flipped; });
    expect_kadiolo_selected(damaged);
    EXPECT_EQ(without_problems(damaged.state), without_problems(cold.state));
    EXPECT_NE(problem_messages(damaged.state).find(entry.string() + ": cache entry damaged: its checksum"),
              std::string::npos)
        << problem_messages(damaged.state);

    // Rebuilt: the next run finds a sound entry and says nothing about the cache.
    const ViewerRun again = click_run("again", cache_home);
    EXPECT_EQ(again.state, cold.state);
}

TEST(StartCache, ReadOnlyCacheFolderRunsWithoutItWithAWarning) {
    const ViewerRun run = click_run("read_only", corridor::test::unwritable_folder(test_dir()));
    expect_kadiolo_selected(run);
    EXPECT_NE(problem_messages(run.state).find("the viewer runs without the cache"), std::string::npos)
        << problem_messages(run.state);
}

TEST(StartCache, NoCacheWritesNothing) {
    const fs::path cache_home = test_dir() / "cache";
    const ViewerRun run = click_run("no_cache", cache_home, "--no-cache");
    expect_kadiolo_selected(run);
    // Mesa keeps its shader cache under XDG_CACHE_HOME too: only our own folder must be absent.
    EXPECT_FALSE(fs::exists(cache_home / "corridor-viewer"));
}

TEST(StartCache, ValidateListsTheCache) {
    const fs::path cache_home = test_dir() / "cache";
    const fs::path config = test_dir() / "config";
    fs::create_directories(config);
    const std::string environment = "XDG_CONFIG_HOME='" + config.string() + "' XDG_CACHE_HOME='" + cache_home.string() + "'";
    const std::string folder = "Cache: " + (cache_home / "corridor-viewer").string();

    const auto first = corridor::test::run_viewer("--validate", environment);
    EXPECT_EQ(first.exit_code, 0) << first.output;
    EXPECT_NE(first.output.find(folder + " (0 entries, 0 MB of at most 512 MB, \"cache_max_mb\" in settings.json)"), std::string::npos) << first.output;
    EXPECT_NE(first.output.find("this boundary data was not in the cache"), std::string::npos) << first.output;

    const auto second = corridor::test::run_viewer("--validate", environment);
    EXPECT_EQ(second.exit_code, 0) << second.output;
    EXPECT_NE(second.output.find(folder + " (1 entry, "), std::string::npos) << second.output;
    EXPECT_NE(second.output.find("this boundary data is in the cache"), std::string::npos) << second.output;
    EXPECT_NE(second.output.find("Communes: Mali 701, Burkina Faso 351"), std::string::npos) << second.output;

    const auto off = corridor::test::run_viewer("--validate --no-cache", environment);
    EXPECT_EQ(off.exit_code, 0) << off.output;
    EXPECT_NE(off.output.find("--no-cache: the boundary data is read without it"), std::string::npos) << off.output;
}

// The bound is the user's: "cache_max_mb" in settings.json. Data larger than it is read without
// the cache, with a warning, and nothing is written.
TEST(StartCache, BoundComesFromTheSettings) {
    const fs::path cache_home = test_dir() / "cache";
    const fs::path config = test_dir() / "config";
    fs::create_directories(config / "corridor-viewer");
    std::ofstream(config / "corridor-viewer" / "settings.json") << R"({"cache_max_mb": 4})";
    const std::string environment = "XDG_CONFIG_HOME='" + config.string() + "' XDG_CACHE_HOME='" + cache_home.string() + "'";

    const auto run = corridor::test::run_viewer("--validate", environment);
    EXPECT_EQ(run.exit_code, 0) << run.output;
    EXPECT_NE(run.output.find("0 MB of at most 4 MB"), std::string::npos) << run.output;
    EXPECT_NE(run.output.find("larger than the cache's bound (4 MB)"), std::string::npos) << run.output;
    EXPECT_TRUE(files_under(cache_home / "corridor-viewer").empty());
}
