// How long the admin boundary networks take to build on a first start (viewer/map/admin_edges):
// the coarser layers' edge sets, then each layer's unique edges split by the coarser layers that
// also have them and joined into lines. Loads the layers once through a scratch cache (the
// user's is left alone). Usage: network_bench [--data DIR] [RUNS]
#include <cstdio>
#include <string>

#include <unistd.h>

#include "bench_args.h"
#include "bench_stats.h"
#include "core/cache/geodata_cache.h"
#include "viewer/map/admin_edges.h"

using namespace corridor;
using bench::Clock;
using bench::ms_since;

int main(int argc, char** argv) {
    bench::DataRuns args;
    if (const auto code = bench::parse_data_runs(argc, argv, "network_bench", args)) return *code;
    const std::filesystem::path dir = args.dir;
    const int runs = args.runs;
    GeodataCacheOptions cache;
    cache.dir = std::filesystem::temp_directory_path() / ("network_bench-cache-" + std::to_string(::getpid()));
    const Geodata data = load_geodata_cached(dir, cache);
    std::error_code ec;
    std::filesystem::remove_all(cache.dir, ec);

    std::vector<double> edge_sets_ms, split_ms;
    size_t lines = 0, vertices = 0;
    uint64_t fingerprint = 0;  // of every line's points in order: two builds that agree print the same
    for (int r = 0; r < runs; ++r) {
        auto t0 = Clock::now();
        const AdminEdges edges(data);
        edge_sets_ms.push_back(ms_since(t0));
        t0 = Clock::now();
        lines = vertices = 0;
        fingerprint = 0;
        for (size_t l = 0; l < data.layers.size(); ++l) {
            const std::vector<int> coarser = coarser_admin_layers(data, int(l));
            if (coarser.empty()) continue;
            DrawItemPlan plan;
            plan.layer = int(l);
            for (const NetworkPart& part : split_by_coarser(plan, data.layers[l], coarser, edges)) {
                lines += size_t(part.lines->getNumGeometries());
                for (const OGRGeometry* g : *part.lines) {
                    const OGRLineString& line = *g->toLineString();
                    vertices += size_t(line.getNumPoints());
                    for (int k = 0; k < line.getNumPoints(); ++k)
                        fingerprint = hash_doubles({double(fingerprint), line.getX(k), line.getY(k), double(part.part)});
                }
            }
        }
        split_ms.push_back(ms_since(t0));
    }
    std::printf("data: %s: %zu network lines, %zu vertices, fingerprint %016llx\n", dir.c_str(), lines, vertices,
                static_cast<unsigned long long>(fingerprint));
    bench::print_stats("coarser layers' edge sets", edge_sets_ms, "ms");
    bench::print_stats("networks split by coarser layers", split_ms, "ms");
}
