// How long loading the real layers takes (GDAL read, checks, projection), and how long a
// commune lookup by point takes. Usage: load_bench [DATA_DIR] [RUNS]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>

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
    std::filesystem::path dir = argc > 1 && *argv[1] ? argv[1] : default_data_dir();
    int runs = argc > 2 ? std::atoi(argv[2]) : 7;

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
