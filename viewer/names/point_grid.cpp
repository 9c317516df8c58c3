#include "viewer/names/point_grid.h"

#include <algorithm>
#include <cmath>

namespace corridor {

PointGrid::PointGrid(const std::vector<MapPoint>& points, double cell) : points_(points), cell_(std::max(cell, 1.0)) {
    for (const MapPoint& p : points_) extent_.expand(p.x, p.y);
    if (extent_.empty()) return;
    cols_ = std::clamp(int(std::ceil(extent_.width() / cell_)) + 1, 1, 4096);
    rows_ = std::clamp(int(std::ceil(extent_.height() / cell_)) + 1, 1, 4096);
    auto cell_of = [&](const MapPoint& p) {
        int c = std::clamp(int((p.x - extent_.min_x) / cell_), 0, cols_ - 1);
        int r = std::clamp(int((p.y - extent_.min_y) / cell_), 0, rows_ - 1);
        return size_t(r) * cols_ + c;
    };
    // Counting sort by cell: one flat array, no vector per cell.
    start_.assign(size_t(cols_) * rows_ + 1, 0);
    for (const MapPoint& p : points_) ++start_[cell_of(p) + 1];
    for (size_t c = 1; c < start_.size(); ++c) start_[c] += start_[c - 1];
    order_.resize(points_.size());
    std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
    for (uint32_t i = 0; i < points_.size(); ++i) order_[fill[cell_of(points_[i])]++] = i;
}

void PointGrid::query(const Box& box, std::vector<uint32_t>& out) const {
    if (extent_.empty() || box.empty() || !extent_.intersects(box)) return;
    const size_t first = out.size();
    int c0 = std::clamp(int((box.min_x - extent_.min_x) / cell_), 0, cols_ - 1);
    int c1 = std::clamp(int((box.max_x - extent_.min_x) / cell_), 0, cols_ - 1);
    int r0 = std::clamp(int((box.min_y - extent_.min_y) / cell_), 0, rows_ - 1);
    int r1 = std::clamp(int((box.max_y - extent_.min_y) / cell_), 0, rows_ - 1);
    for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c) {
            size_t cell = size_t(r) * cols_ + c;
            for (uint32_t k = start_[cell]; k < start_[cell + 1]; ++k) {
                uint32_t i = order_[k];
                if (box.contains(points_[i].x, points_[i].y)) out.push_back(i);
            }
        }
    std::sort(out.begin() + first, out.end());
}

}  // namespace corridor
