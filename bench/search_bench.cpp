// Search speed on the real data: builds the index from every admin unit and populated place,
// then types ~30 realistic queries (some with typos) one keystroke at a time, as the search
// box does, and prints the per-keystroke time. Run: build/bench/search_bench [data_dir]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/base/resource_paths.h"
#include "core/cartography/search_entries.h"
#include "core/cartography/search_index.h"
#include "bench/bench_stats.h"

using namespace corridor;
using bench::Clock;
using bench::percentile;

static double micros(Clock::duration d) { return std::chrono::duration<double, std::micro>(d).count(); }

int main(int argc, char** argv) {
    const std::filesystem::path dir = argc > 1 ? std::filesystem::path(argv[1]) : default_data_dir();
    auto t0 = Clock::now();
    Geodata data = load_geodata(dir);
    auto t1 = Clock::now();
    std::vector<SearchEntry> entries = build_search_entries(data);
    auto t2 = Clock::now();
    SearchIndex index(std::move(entries));
    auto t3 = Clock::now();
    std::printf("entries: %zu\nload geodata: %.0f ms, build entries (places, anchors): %.0f ms, build index: %.1f ms\n",
                index.entries().size(), micros(t1 - t0) / 1000, micros(t2 - t1) / 1000, micros(t3 - t2) / 1000);

    const char* queries[] = {
        "Kolondiéba", "kolondieba", "kolondeiba", "Ségou", "segou", "sgeou", "Kadiolo", "kadiolo",
        "Sikasso", "sikaso", "Bamako", "bamkao", "Mopti", "Bandiagara", "bandigara", "Koutiala",
        "Bougouni", "bougoni", "Djenné", "djene", "Koro", "Zégoua", "zegoua", "Niéna", "niena",
        "Ouahigouya", "ouahigouia", "Bobo-Dioulasso", "bobo dioulaso", "Ouagadougou", "ouagadougu",
        "Tombouctou", "timbuktu", "Kayes", "Hauts-Bassins", "ouagadogou", "tombouctu"};
    constexpr int kRepeats = 20;
    std::vector<double> times, medians;  // every run; the median of each keystroke's runs
    std::vector<std::pair<double, std::string>> slowest;
    size_t keystrokes = 0, empty = 0;
    for (const char* q : queries) {
        std::string typed = q;
        for (size_t n = 1; n <= typed.size(); ++n) {
            if ((typed[n - 1] & 0xC0) == 0x80) continue;  // middle of a UTF-8 letter: not a keystroke
            // A keystroke ends after the whole letter.
            size_t end = n;
            while (end < typed.size() && (typed[end] & 0xC0) == 0x80) ++end;
            std::string prefix = typed.substr(0, end);
            ++keystrokes;
            size_t found = 0;
            std::vector<double> runs;
            for (int r = 0; r < kRepeats; ++r) {
                auto a = Clock::now();
                found = index.search(prefix, 20).size();
                runs.push_back(micros(Clock::now() - a));
            }
            times.insert(times.end(), runs.begin(), runs.end());
            medians.push_back(percentile(runs, 50));
            slowest.emplace_back(medians.back(), prefix);
            empty += found == 0;
        }
        auto hits = index.search(q, 3);
        std::printf("  %-16s -> %s\n", q, hits.empty() ? "(nothing)" : format_search_result(index.entry(hits[0].entry), "en").c_str());
    }
    std::printf("%zu queries, %zu keystrokes (%zu with no result), %d runs each\n", std::size(queries), keystrokes, empty, kRepeats);
    std::sort(slowest.rbegin(), slowest.rend());
    std::printf("slowest keystrokes (median of runs):");
    for (size_t i = 0; i < 5 && i < slowest.size(); ++i) std::printf(" '%s' %.0f us", slowest[i].second.c_str(), slowest[i].first);
    std::printf("\nper keystroke, median of its runs: p50 %.1f us, p99 %.1f us\n", percentile(medians, 50), percentile(medians, 99));
    std::printf("per keystroke, all runs (includes scheduler noise on a shared machine): p50 %.1f us, p99 %.1f us, max %.1f us\n", percentile(times, 50), percentile(times, 99),
                *std::max_element(times.begin(), times.end()));
    return 0;
}
