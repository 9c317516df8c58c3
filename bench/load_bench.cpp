// How long loading the real layers takes (GDAL read, checks, projection), cold and from the cache
// of processed layers (core/cache, in a scratch folder: the user's cache is left alone), how long
// the names built from them take to build and to read back from their entry, how long their
// label anchors take, and how long a commune lookup by point takes.
// Usage: load_bench [--data DIR] [RUNS]  (or load_bench DIR [RUNS])
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include <unistd.h>

#include "bench_args.h"
#include "bench_stats.h"
#include "core/cache/geodata_cache.h"
#include "core/cache/geodata_codec.h"
#include "core/cartography/label_anchor.h"
#include "core/read/geodata_catalog.h"
#include "core/project/projection.h"
#include "core/base/resource_paths.h"
#include "core/index/spatial_index.h"
#include "viewer/names/cartography_cache.h"
#include "viewer/names/cartography_codec.h"

using namespace corridor;
using bench::Clock;
using bench::ms_since;

int main(int argc, char** argv) {
    bench::DataRuns args;
    if (const auto code = bench::parse_data_runs(argc, argv, "load_bench", args)) return *code;
    const std::filesystem::path dir = args.dir;
    const int runs = args.runs;

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

    // Label anchors, the part of reading spent in the poles of inaccessibility: on one thread
    // (reading spreads them over the cores), for every named area of the admin layers.
    std::vector<double> anchor_ms;
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        size_t found = 0;
        for (const Layer& l : data.layers)
            if (l.level != AdminLevel::None)
                for (const Feature& f : l.features)
                    if (!f.name.empty() && f.mercator) found += polygon_label_anchor(*f.mercator).has_value();
        anchor_ms.push_back(ms_since(t0));
        if (found == 0) std::printf("no label anchor found\n");
    }
    bench::print_stats("find label anchors (1 thread)", anchor_ms, "ms");

    std::vector<double> encode_ms;
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        const std::string bytes = encode_geodata(data);
        encode_ms.push_back(ms_since(t0));
    }
    bench::print_stats("encode the cache entry", encode_ms, "ms");

    // The cache: a miss loads, encodes and stores (a fresh folder each run); a hit decodes.
    const std::filesystem::path scratch = std::filesystem::temp_directory_path() / ("load_bench-cache-" + std::to_string(::getpid()));
    GeodataCacheOptions cache;
    std::vector<double> miss_ms, hit_ms;
    for (int r = 0; r < runs; ++r) {
        cache.dir = scratch / std::to_string(r);
        auto t0 = Clock::now();
        Geodata stored = load_geodata_cached(dir, cache);
        miss_ms.push_back(ms_since(t0));
    }
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        Geodata warm = load_geodata_cached(dir, cache);
        hit_ms.push_back(ms_since(t0));
    }
    const GeodataCacheReport report = geodata_cache_report(dir, cache);
    std::printf("cache entry: %s (%s)\n", megabytes_text(report.use.bytes).c_str(),
                report.holds_current ? "sound" : "MISSING");
    bench::print_stats("cold load + store in the cache", miss_ms, "ms");
    bench::print_stats("warm load from the cache", hit_ms, "ms");

    // The names (places, labels, search entries): built from the layers, or read from their entry.
    std::vector<double> names_build_ms, names_read_ms;
    data.source_key = "load_bench " + dir.string();  // as if loaded through the cache
    data.source_layers = data.layers.size();
    const CacheStore names_store(scratch / "names");
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        const CartographyData built = build_cartography(data);
        names_build_ms.push_back(ms_since(t0));
        if (r == 0) names_store.write(cartography_cache_key(data), encode_cartography(built), data.diagnostics);
    }
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        const CartographyData read = build_cartography_cached(data, names_store);
        names_read_ms.push_back(ms_since(t0));
        if (!read.problems.items().empty()) std::printf("names entry: %s\n", read.problems.items()[0].message.c_str());
    }
    std::printf("names entry: %s\n", megabytes_text(names_store.use().bytes).c_str());
    bench::print_stats("build the names", names_build_ms, "ms");
    bench::print_stats("read the names from the cache", names_read_ms, "ms");
    std::error_code ec;
    std::filesystem::remove_all(scratch, ec);

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
