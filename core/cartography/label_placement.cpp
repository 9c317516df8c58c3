#include "core/cartography/label_placement.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace corridor {

namespace {

// Uniform grid over the area the boxes cover; each cell lists the boxes that touch it.
// Hand-written: GEOS's STRtree is built once and queried, it cannot take inserts between
// queries cheaply, and this grid is thirty lines.
class CollisionGrid {
public:
    CollisionGrid(const Box& extent, float cell) : extent_(extent), cell_(std::max(cell, 1.0f)) {
        cols_ = std::clamp(static_cast<int>(std::ceil(extent.width() / cell_)), 1, 512);
        rows_ = std::clamp(static_cast<int>(std::ceil(extent.height() / cell_)), 1, 512);
        cell_w_ = std::max(extent.width() / cols_, 1e-6);
        cell_h_ = std::max(extent.height() / rows_, 1e-6);
        cells_.resize(static_cast<size_t>(cols_) * rows_);
    }

    bool hits(const Box& b) const {
        int c0, c1, r0, r1;
        cell_range(b, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                for (uint32_t i : cells_[static_cast<size_t>(r) * cols_ + c])
                    if (boxes_overlap(boxes_[i], b)) return true;
        return false;
    }

    void insert(const Box& b) {
        uint32_t i = static_cast<uint32_t>(boxes_.size());
        boxes_.push_back(b);
        int c0, c1, r0, r1;
        cell_range(b, c0, c1, r0, r1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c) cells_[static_cast<size_t>(r) * cols_ + c].push_back(i);
    }

private:
    void cell_range(const Box& b, int& c0, int& c1, int& r0, int& r1) const {
        auto col = [&](double x) { return std::clamp(static_cast<int>((x - extent_.min_x) / cell_w_), 0, cols_ - 1); };
        auto row = [&](double y) { return std::clamp(static_cast<int>((y - extent_.min_y) / cell_h_), 0, rows_ - 1); };
        c0 = col(b.min_x), c1 = col(b.max_x), r0 = row(b.min_y), r1 = row(b.max_y);
    }

    Box extent_;
    float cell_;
    int cols_ = 1, rows_ = 1;
    double cell_w_ = 1, cell_h_ = 1;
    std::vector<std::vector<uint32_t>> cells_;
    std::vector<Box> boxes_;
};

Box box_at(const LabelCandidate& c, int offset) {
    Box b;
    double x = offset < 0 ? c.anchor_x - c.width / 2.0 : c.anchor_x + c.offsets[offset].dx;
    double y = offset < 0 ? c.anchor_y - c.height / 2.0 : c.anchor_y + c.offsets[offset].dy;
    b.expand(x, y);
    b.expand(x + c.width, y + c.height);
    return b;
}

bool usable(const LabelCandidate& c) {
    return c.width > 0 && c.height > 0 && std::isfinite(c.width) && std::isfinite(c.height) &&
           std::isfinite(c.anchor_x) && std::isfinite(c.anchor_y);
}

bool finite(const Box& b) {
    return std::isfinite(b.min_x) && std::isfinite(b.min_y) && std::isfinite(b.max_x) && std::isfinite(b.max_y);
}

Box padded(Box b, float pad) {
    b.min_x -= pad, b.min_y -= pad, b.max_x += pad, b.max_y += pad;
    return b;
}

}  // namespace

bool boxes_overlap(const Box& a, const Box& b) {
    return a.min_x < b.max_x && b.min_x < a.max_x && a.min_y < b.max_y && b.min_y < a.max_y;
}

std::vector<LabelOffset> point_label_offsets(float width, float height, float gap) {
    return {{gap, -height / 2},               // right
            {-gap - width, -height / 2},      // left
            {-width / 2, -gap - height},      // above
            {-width / 2, gap}};               // below
}

std::vector<PlacedLabel> place_labels(const std::vector<LabelCandidate>& candidates,
                                      const std::vector<Box>& obstacles,
                                      const std::vector<PlacedLabel>& previous,
                                      const LabelOptions& options) {
    std::unordered_map<uint64_t, int> previous_offset;  // id -> offset shown last frame
    for (const PlacedLabel& p : previous) previous_offset[p.id] = p.offset;

    std::vector<float> priority(candidates.size());
    Box extent;
    for (size_t i = 0; i < candidates.size(); ++i) {
        const LabelCandidate& c = candidates[i];
        float base = std::isfinite(c.priority) ? c.priority : -std::numeric_limits<float>::max();
        priority[i] = base + (previous_offset.count(c.id) ? options.keep_bonus : 0.0f);
        if (!usable(c)) continue;
        for (int k = c.offsets.empty() ? -1 : 0; k < static_cast<int>(c.offsets.size()); ++k)
            if (Box b = padded(box_at(c, k), options.padding); finite(b)) extent.expand(b);
    }
    for (const Box& o : obstacles)
        if (finite(o)) extent.expand(o);
    if (extent.empty()) return {};

    std::vector<uint32_t> order(candidates.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        if (priority[a] != priority[b]) return priority[a] > priority[b];
        if (candidates[a].id != candidates[b].id) return candidates[a].id < candidates[b].id;
        return a < b;
    });

    CollisionGrid grid(extent, options.cell_size);
    for (const Box& o : obstacles)
        if (finite(o)) grid.insert(o);

    std::vector<PlacedLabel> placed;
    for (uint32_t i : order) {
        const LabelCandidate& c = candidates[i];
        if (!usable(c)) continue;
        // Try last frame's position first, then the candidate's own order.
        std::vector<int> tries;
        auto prev = previous_offset.find(c.id);
        if (prev != previous_offset.end() && prev->second < static_cast<int>(c.offsets.size()) &&
            (prev->second >= 0) == !c.offsets.empty())
            tries.push_back(prev->second);
        for (int k = c.offsets.empty() ? -1 : 0; k < static_cast<int>(c.offsets.size()); ++k)
            if (tries.empty() || tries[0] != k) tries.push_back(k);
        for (int k : tries) {
            Box b = box_at(c, k);
            Box with_margin = padded(b, options.padding);
            if (!finite(with_margin) || grid.hits(with_margin)) continue;
            grid.insert(with_margin);
            placed.push_back({c.id, i, k, b});
            break;
        }
    }
    return placed;
}

}  // namespace corridor
