#pragma once
// Percentiles of timing samples, printed the same way by every benchmark.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <vector>

namespace corridor::bench {

using Clock = std::chrono::steady_clock;

inline double ms_since(Clock::time_point t) { return std::chrono::duration<double, std::milli>(Clock::now() - t).count(); }

inline double percentile(std::vector<double> samples, double p) {
    if (samples.empty()) return 0;
    std::sort(samples.begin(), samples.end());
    size_t i = static_cast<size_t>(p / 100.0 * (samples.size() - 1) + 0.5);
    return samples[std::min(i, samples.size() - 1)];
}

inline void print_stats(const char* what, const std::vector<double>& samples, const char* unit) {
    std::printf("%-34s n=%-6zu p50 %9.3f %s   p99 %9.3f %s   max %9.3f %s\n", what, samples.size(),
                percentile(samples, 50), unit, percentile(samples, 99), unit, percentile(samples, 100), unit);
}

}  // namespace corridor::bench
