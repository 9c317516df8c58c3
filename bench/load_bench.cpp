// How long loading the real layers takes (GDAL read, checks, projection), and how long a
// commune lookup by point takes. Usage: load_bench [--data DIR] [RUNS]  (or load_bench DIR [RUNS])
#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "bench_stats.h"
#include "core/read/geodata_catalog.h"
#include "core/project/projection.h"
#include "core/base/resource_paths.h"
#include "core/index/spatial_index.h"

using namespace corridor;
using Clock = std::chrono::steady_clock;

static double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

int main(int argc, char** argv) {
    std::filesystem::path dir = default_data_dir();
    int runs = 7;
    std::vector<std::string> rest;
    for (int i = 1; i < argc; ++i) {
        if (std::string(argv[i]) == "--data" && i + 1 < argc) dir = argv[++i];
        else rest.push_back(argv[i]);
    }
    // The older positional form, DATA_DIR [RUNS], still works.
    if (!rest.empty() && !rest[0].empty() && !std::isdigit(static_cast<unsigned char>(rest[0][0]))) {
        dir = rest[0];
        rest.erase(rest.begin());
    }
    if (!rest.empty()) runs = std::max(1, std::atoi(rest[0].c_str()));

    std::vector<double> load_ms, index_ms;
    Geodata data;
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        data = load_geodata(dir);
        load_ms.push_back(ms_since(t0));
        t0 = Clock::now();
        for (const Layer* l : data.admin_layers(AdminLevel::Commune)) PolygonIndex index(*l);
        index_ms.push_back(ms_since(t0));
    }
    std::printf("data: %s, %zu layers, %zu errors\n", dir.c_str(), data.layers.size(), data.diagnostics.error_count());
    bench::print_stats("load all layers", load_ms, "ms");
    bench::print_stats("build commune indexes", index_ms, "ms");

    // Random points over both countries' extent.
    std::vector<std::unique_ptr<PolygonIndex>> indexes;
    auto communes = data.admin_layers(AdminLevel::Commune);
    for (const Layer* l : communes) indexes.push_back(std::make_unique<PolygonIndex>(*l));
    std::mt19937 rng(42);
    std::uniform_real_distribution<double> lon(-12.2, 2.4), lat(9.4, 25.0);
    std::vector<double> lookup_us;
    int hits = 0;
    for (int i = 0; i < 20000; ++i) {
        MapPoint p = lonlat_to_mercator({lon(rng), lat(rng)});
        auto t0 = Clock::now();
        for (auto& index : indexes)
            if (index->find(p) >= 0) {
                ++hits;
                break;
            }
        lookup_us.push_back(ms_since(t0) * 1000.0);
    }
    bench::print_stats("commune lookup by point", lookup_us, "us");
    std::printf("(%d of 20000 random points fell in a commune)\n", hits);
}
