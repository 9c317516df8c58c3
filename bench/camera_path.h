#pragma once
// The benchmarks' fixed camera path, the same for frames and labels: from the home view zoom
// in on Sikasso, zoom out, pan to Mopti, zoom out past home. Four legs of equal length; scales
// interpolate geometrically, as a zoom gesture does.
#include <algorithm>
#include <cmath>

#include "core/project/projection.h"

namespace corridor::bench {

struct CameraPath {
    MapPoint home;
    double home_mpp = 1000;
    double close_mpp = 60;  // about zoom 11: a town's streets, villages named

    void at(double t, MapPoint& c, double& mpp) const {
        const MapPoint sikasso = lonlat_to_mercator({-5.669156, 11.311863});
        const MapPoint mopti = lonlat_to_mercator({-4.194090, 14.487754});
        auto lerp = [](double a, double b, double s) { return a + (b - a) * s; };
        auto glerp = [](double a, double b, double s) { return a * std::pow(b / a, s); };
        const int leg = std::min(3, int(t * 4));
        const double s = t * 4 - leg;
        switch (leg) {
        case 0: c = {lerp(home.x, sikasso.x, s), lerp(home.y, sikasso.y, s)}, mpp = glerp(home_mpp, close_mpp, s); break;
        case 1: c = sikasso, mpp = glerp(close_mpp, 400, s); break;
        case 2: c = {lerp(sikasso.x, mopti.x, s), lerp(sikasso.y, mopti.y, s)}, mpp = 400; break;
        default: c = mopti, mpp = glerp(400, home_mpp * 1.5, s); break;
        }
    }
};

}  // namespace corridor::bench
