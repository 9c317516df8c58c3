// Frame times of the map renderer on the real layers (or --data DIR) along a fixed camera path:
// home (both countries) -> zoom to Sikasso -> pan to Mopti -> zoom out. Run under
//   xvfb-run -a -s "-screen 0 1280x800x24" build/bench/map_frame_bench [--data DIR] [frames]
// Prints start-up times, and p50/p99 of glFinish-inclusive frame times with triangles drawn.
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>

#include <SFML/Graphics.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "bench/bench_stats.h"
#include "bench/camera_path.h"
#include "core/read/geodata_catalog.h"
#include "core/project/projection.h"
#include "core/base/resource_paths.h"
#include "viewer/map/map_renderer.h"

using namespace corridor;
using bench::Clock;
using bench::ms_since;
using bench::percentile;

int main(int argc, char** argv) {
    const auto launch = Clock::now();
    // [frames] [--startup]: by default the path runs once every level of detail is uploaded
    // (steady state); --startup starts it at the first frame, while finer levels still arrive.
    // --shot FILE.png saves the first frame (home view), to look at the style.
    int frames = 600;
    bool startup = false;
    std::string shot;
    std::filesystem::path data_dir = default_data_dir();
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--startup") startup = true;
        else if (std::string(argv[i]) == "--data" && i + 1 < argc) data_dir = argv[++i];
        else if (std::string(argv[i]) == "--shot" && i + 1 < argc) shot = argv[++i];
        else if (std::isdigit(static_cast<unsigned char>(argv[i][0]))) frames = std::max(40, std::atoi(argv[i]));
        else {  // --help, or an argument it does not know
            const bool help = std::string(argv[i]) == "--help" || std::string(argv[i]) == "-h";
            std::fprintf(help ? stdout : stderr, "usage: map_frame_bench [FRAMES] [--startup] [--data DIR] [--shot FILE.png]\n");
            return help ? 0 : 2;
        }
    }

    Geodata data = load_geodata(data_dir);
    const double load_ms = ms_since(launch);
    Box corridor_box;
    for (const Layer& l : data.layers)
        if (l.level == AdminLevel::Commune) corridor_box.expand(l.bounds);
    if (corridor_box.empty()) {
        std::fprintf(stderr, "no commune layers in %s\n", data_dir.c_str());
        for (const auto& d : data.diagnostics.items()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
        return 1;
    }

    sf::RenderWindow window(sf::VideoMode(1280, 800), "map_frame_bench", sf::Style::Default);
    window.setVerticalSyncEnabled(false);
    window.setActive(true);
    const auto init_start = Clock::now();
    MapRenderer renderer;
    Diagnostics diag;
    if (!renderer.init(data, diag)) {
        for (const auto& d : diag.items()) std::fprintf(stderr, "%s\n", d.to_string().c_str());
        return 1;
    }
    const double init_ms = ms_since(init_start);
    LayerVisibility layers = renderer.default_visibility();
    // MAP_BENCH_HIDE=id,id hides layers, to see what each costs.
    if (const char* hide = std::getenv("MAP_BENCH_HIDE"))
        for (size_t i = 0; i < data.layers.size(); ++i)
            if (std::string(",") .append(hide).append(",").find("," + data.layers[i].id + ",") != std::string::npos)
                layers.set(int(i), false);

    // The first frame, as the app shows it: home view, coarse levels of detail.
    Camera first(1280, 800);
    first.fit(corridor_box);
    window.pushGLStates();
    renderer.draw(first, MapHighlight{}, layers);
    window.popGLStates();
    glFinish();
    const double first_frame_ms = ms_since(launch);
    if (!shot.empty()) {
        sf::Texture grab;
        grab.create(1280, 800);
        grab.update(window);
        grab.copyToImage().saveToFile(shot);
    }
    window.display();

    double wait_ms = 0;
    if (!startup) {
        const auto t = Clock::now();
        renderer.finish_loading();
        wait_ms = ms_since(t);
    }

    Camera camera(1280, 800);
    camera.fit(corridor_box);
    const MapPoint home = camera.center();
    const double home_mpp = camera.meters_per_pixel();
    const bench::CameraPath path{home, home_mpp};
    auto at = [&](double t, MapPoint& c, double& mpp) { path.at(t, c, mpp); };

    MapHighlight highlight;
    const Layer* communes = data.layer("mli_communes");
    if (communes) {
        const int li = int(communes - data.layers.data());
        highlight.selected = {li, 10};
        for (int i = 0; i < 40; ++i) highlight.emphasised.push_back({li, i * 7});
    }

    std::vector<double> times, times_loaded;
    std::vector<size_t> tris;
    double all_detail_ms = 0;
    for (int i = 0; i < frames && window.isOpen(); ++i) {
        sf::Event e;
        while (window.pollEvent(e)) {}
        MapPoint c;
        double mpp;
        at(double(i) / (frames - 1), c, mpp);
        camera.set_center(c);
        camera.set_meters_per_pixel(mpp);
        highlight.hovered = communes ? FeatureRef{int(communes - data.layers.data()), i % 700} : FeatureRef{};
        const auto t0 = Clock::now();
        window.pushGLStates();
        renderer.draw(camera, highlight, layers);
        window.popGLStates();
        glFinish();
        const double dt = ms_since(t0);
        window.display();
        if (all_detail_ms == 0 && !renderer.loading()) all_detail_ms = ms_since(launch);
        times.push_back(dt);
        if (all_detail_ms > 0) times_loaded.push_back(dt);
        tris.push_back(renderer.last_triangle_count());
    }

    // The machine's state: 100k small triangles through SFML, as STACK.md measured on an idle
    // machine (62 fps there, i.e. 16 ms), so numbers from a loaded machine can be read.
    double reference_ms = 0;
    {
        sf::VertexArray tris(sf::Triangles);
        unsigned seed = 1;
        auto rnd = [&seed](float range) { seed = seed * 1103515245u + 12345u; return float((seed >> 8) % 10000) / 10000 * range; };
        for (int k = 0; k < 100000; ++k) {
            const float x = rnd(1270), y = rnd(790);
            const sf::Color c(80 + k % 150, 120, 90);
            tris.append({{x, y}, c});
            tris.append({{x + 8, y}, c});
            tris.append({{x, y + 8}, c});
        }
        std::vector<double> ref;
        // SFML's state cache believes what pushGLStates set, which popGLStates undid: without
        // this reset SFML draws nothing after raw GL (the app needs the same call).
        window.resetGLStates();
        for (int k = 0; k < 40; ++k) {
            const auto t0 = Clock::now();
            window.clear();
            window.draw(tris);
            glFinish();
            ref.push_back(ms_since(t0));
            if (k == 0 && std::getenv("MAP_BENCH_REF_SHOT")) {
                sf::Texture grab;
                grab.create(1280, 800);
                grab.update(window);
                grab.copyToImage().saveToFile(std::getenv("MAP_BENCH_REF_SHOT"));
            }
            window.display();
        }
        reference_ms = percentile(ref, 50);
    }

    std::printf("data: %s\n", data_dir.c_str());
    std::printf("load_geodata: %.0f ms, renderer init: %.0f ms (GPU %.1f MB), launch to first frame: %.0f ms\n",
                load_ms, init_ms, renderer.gpu_bytes() / 1e6, first_frame_ms);
    std::printf("reference frame, 100k small triangles through SFML: p50 %.2f ms (STACK.md, idle: ~16 ms)\n", reference_ms);
    if (startup)
        std::printf("all levels of detail uploaded at %.0f ms after launch%s\n", all_detail_ms,
                    all_detail_ms == 0 ? " (not within the run)" : "");
    else
        std::printf("finer levels of detail (worker thread) waited for: %.0f ms before the path\n", wait_ms);
    std::printf("frames: %zu, frame time p50 %.2f ms, p99 %.2f ms, max %.2f ms\n", times.size(),
                percentile(times, 50), percentile(times, 99), *std::max_element(times.begin(), times.end()));
    if (startup && !times_loaded.empty())
        std::printf("frames after all detail was uploaded: %zu, p50 %.2f ms, p99 %.2f ms\n", times_loaded.size(),
                    percentile(times_loaded, 50), percentile(times_loaded, 99));
    std::vector<double> t(tris.begin(), tris.end());
    std::printf("triangles drawn: p50 %.0f, max %.0f, home frame %zu\n", percentile(t, 50),
                *std::max_element(t.begin(), t.end()), tris.front());
    for (int leg = 0; leg < 4; ++leg) {
        std::vector<double> part(times.begin() + leg * times.size() / 4, times.begin() + (leg + 1) * times.size() / 4);
        std::vector<double> tp(t.begin() + leg * t.size() / 4, t.begin() + (leg + 1) * t.size() / 4);
        static const char* names[] = {"home->Sikasso zoom in", "Sikasso zoom out", "pan to Mopti", "zoom out"};
        std::printf("  %-22s p50 %.2f ms, p99 %.2f ms, triangles p50 %.0f max %.0f\n", names[leg],
                    percentile(part, 50), percentile(part, 99), percentile(tp, 50),
                    *std::max_element(tp.begin(), tp.end()));
    }
    return 0;
}
