#pragma once
// Points bucketed in a uniform grid, built once, to find those inside the view quickly
// (18,000 villages, a few hundred on screen). Hand-written: a fixed point set and box queries
// need thirty lines; GEOS's STRtree would need a geometry per point.
#include <cstdint>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

class PointGrid {
public:
    PointGrid() = default;
    PointGrid(const std::vector<MapPoint>& points, double cell_metres);

    // Indices of the points inside `box`, in ascending order, appended to `out`.
    void query(const Box& box, std::vector<uint32_t>& out) const;
    size_t size() const { return points_.size(); }
    MapPoint point(uint32_t i) const { return points_[i]; }

private:
    std::vector<MapPoint> points_;
    Box extent_;
    double cell_ = 1;
    int cols_ = 0, rows_ = 0;
    std::vector<uint32_t> start_;  // cell c holds order_[start_[c] .. start_[c+1])
    std::vector<uint32_t> order_;
};

}  // namespace corridor
