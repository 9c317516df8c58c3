#include "core/export/tour_timing.h"

#include <algorithm>
#include <cmath>

namespace corridor {

std::vector<double> step_hold_seconds(const Tour& tour, double default_hold) {
    std::vector<double> out;
    for (const TourStep& s : tour.steps) out.push_back(s.duration_s && *s.duration_s > 0 ? *s.duration_s : default_hold);
    return out;
}

std::vector<int> step_frames(const Tour& tour, int fps, double default_hold) {
    std::vector<int> out;
    for (double hold : step_hold_seconds(tour, default_hold)) out.push_back(std::max(1, int(std::lround(hold * fps))));
    return out;
}

}  // namespace corridor
