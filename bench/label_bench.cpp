// Label placement speed: ~2,000 candidates (half point labels with four positions, half area
// labels) and a few obstacles on a 1920x1080 screen, placed frame after frame while the view
// pans, each frame feeding the previous result back (hysteresis). Prints p50/p99 per frame.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <random>
#include <vector>

#include "core/cartography/label_placement.h"
#include "bench/bench_stats.h"

using namespace corridor;
using bench::Clock;
using bench::percentile;

int main() {
    constexpr int kCandidates = 2000, kFrames = 300;
    std::mt19937 rng(12345);
    std::uniform_real_distribution<float> x(-200, 2120), y(-200, 1280), w(30, 140), h(12, 18), p(0, 100);
    std::vector<LabelCandidate> base;
    for (int i = 0; i < kCandidates; ++i) {
        LabelCandidate c;
        c.id = static_cast<uint64_t>(i) * 7919;
        c.priority = std::floor(p(rng));
        c.anchor_x = x(rng), c.anchor_y = y(rng), c.width = w(rng), c.height = h(rng);
        if (i % 2) c.offsets = point_label_offsets(c.width, c.height, 5);
        base.push_back(c);
    }
    std::vector<Box> obstacles;
    for (int i = 0; i < 40; ++i) {
        Box b;
        float bx = x(rng), by = y(rng);
        b.expand(bx, by);
        b.expand(bx + 12, by + 12);  // markers
        obstacles.push_back(b);
    }
    Box panel;
    panel.expand(0, 0);
    panel.expand(320, 1080);
    obstacles.push_back(panel);

    std::vector<double> times;
    std::vector<PlacedLabel> previous;
    size_t placed_total = 0, kept = 0;
    for (int frame = 0; frame < kFrames; ++frame) {
        std::vector<LabelCandidate> candidates = base;
        for (auto& c : candidates) c.anchor_x -= frame * 2.0f, c.anchor_y += frame * 0.5f;  // panning
        auto a = Clock::now();
        std::vector<PlacedLabel> placed = place_labels(candidates, obstacles, previous);
        times.push_back(std::chrono::duration<double, std::micro>(Clock::now() - a).count());
        placed_total += placed.size();
        for (const auto& l : placed)
            kept += std::any_of(previous.begin(), previous.end(), [&](const PlacedLabel& q) { return q.id == l.id; });
        previous = std::move(placed);
    }
    std::printf("%d candidates, %zu obstacles, %d frames; %.0f labels placed per frame, %.1f%% kept from the previous frame\n",
                kCandidates, obstacles.size(), kFrames, double(placed_total) / kFrames, 100.0 * kept / placed_total);
    std::printf("per frame: p50 %.0f us, p99 %.0f us\n", percentile(times, 50), percentile(times, 99));
    return 0;
}
