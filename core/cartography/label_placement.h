#pragma once
// Collision-free label placement in screen space: candidates are placed greedily, highest
// priority first, each at the first of its allowed positions that hits neither an obstacle
// (marker, panel) nor a label placed before it. A uniform grid of cells holding the placed
// boxes keeps each test local, so a few thousand candidates take well under a millisecond.
//
// Stability while panning (hysteresis): labels shown in the previous frame get
// `LabelOptions::keep_bonus` added to their priority and try their previous position first.
// So a newcomer of equal priority that overlaps a shown label cannot push it away, and labels
// do not flicker between positions frame to frame; a clearly more important newcomer still wins.
#include <cstdint>
#include <string>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

// Top-left corner of a label's box relative to its anchor, in pixels (y down, as on screen).
struct LabelOffset {
    float dx = 0, dy = 0;
};

struct LabelCandidate {
    uint64_t id = 0;         // stable key across frames, e.g. layer << 32 | feature index
    std::string text;        // carried along for the caller; placement does not read it
    float priority = 0;      // higher is placed first (label_rules.h gives the defaults)
    float anchor_x = 0, anchor_y = 0;  // screen pixels
    float width = 0, height = 0;       // the text's box, measured by the caller
    // Positions to try, in order of preference. Empty: the box centred on the anchor (area labels).
    std::vector<LabelOffset> offsets;
};

struct PlacedLabel {
    uint64_t id = 0;
    uint32_t candidate = 0;  // index into the input candidates
    int offset = -1;         // index into the candidate's offsets; -1 when centred
    Box box;                 // screen pixels, y down
};

struct LabelOptions {
    float keep_bonus = 1.0f;  // priority added to labels placed in the previous frame
    float padding = 2.0f;     // pixels kept free around every label
    float cell_size = 64.0f;  // collision grid cell, pixels
};

// The usual positions for a label beside a point marker of radius `gap`: right, left, above,
// below (map convention: right of the point first).
std::vector<LabelOffset> point_label_offsets(float width, float height, float gap);

// Places labels; the result is ordered by placement (highest priority first) and depends only
// on the inputs: equal priorities are broken by the smaller id. `obstacles` are screen boxes no
// label may touch. `previous` is the last frame's result (may be empty).
std::vector<PlacedLabel> place_labels(const std::vector<LabelCandidate>& candidates,
                                      const std::vector<Box>& obstacles,
                                      const std::vector<PlacedLabel>& previous = {},
                                      const LabelOptions& options = {});

// True when the boxes share some area (touching edges do not count).
bool boxes_overlap(const Box& a, const Box& b);

}  // namespace corridor
