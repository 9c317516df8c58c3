#pragma once
// The command line of the benchmarks that read a data pack: [--data DIR] [RUNS], and the older
// positional form DIR [RUNS]. DIR defaults to the project's data, RUNS to `runs`.
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/base/resource_paths.h"

namespace corridor::bench {

struct DataRuns {
    std::filesystem::path dir = default_data_dir();
    int runs = 7;
};

// Fills `out`; returns the exit code when the program should stop (--help, an unknown option).
inline std::optional<int> parse_data_runs(int argc, char** argv, const char* name, DataRuns& out) {
    std::vector<std::string> rest;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--data" && i + 1 < argc) {
            out.dir = argv[++i];
        } else if (!arg.empty() && arg[0] == '-') {  // --help, or an option it does not know
            const bool help = arg == "--help" || arg == "-h";
            std::fprintf(help ? stdout : stderr, "usage: %s [--data DIR] [RUNS]\n", name);
            return help ? 0 : 2;
        } else {
            rest.push_back(arg);
        }
    }
    if (!rest.empty() && !rest[0].empty() && !std::isdigit(static_cast<unsigned char>(rest[0][0]))) {
        out.dir = rest[0];
        rest.erase(rest.begin());
    }
    if (!rest.empty()) out.runs = std::max(1, std::atoi(rest[0].c_str()));
    return std::nullopt;
}

}  // namespace corridor::bench
