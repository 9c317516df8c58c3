#pragma once
// Marker clustering: markers closer on screen than their size are merged into one cluster, so
// no marker hides another at low zoom; zooming in splits them. GUI-free (camera maths only).
#include <functional>
#include <vector>

#include "core/base/geo_types.h"
#include "viewer/map/camera.h"

namespace corridor {

struct MarkerAnchor {
    int initiative = -1;  // index into ProgrammeData::initiatives
    MapPoint at;
};

struct MarkerGroup {
    ScreenPoint at;                // centre on screen
    std::vector<int> initiatives;  // distinct, in anchor order
    Box bounds;                    // map extent of the anchors merged here
    bool cluster() const { return initiatives.size() > 1; }
    // All anchors at one place: zooming in would not split them.
    bool same_place() const { return bounds.width() < 1 && bounds.height() < 1; }
};

// Greedy: each anchor on screen (with a margin) joins the first group whose centre is within
// `min_distance_px`, else starts a group; a group's centre is the mean of its anchors. Then
// groups whose discs (radius_px(count)) would touch are merged until none do.
// Hand-written: a few dozen markers, no library needed for that.
std::vector<MarkerGroup> layout_markers(const std::vector<MarkerAnchor>& anchors, const Camera& camera,
                                        double min_distance_px, const std::function<double(size_t)>& radius_px);

}  // namespace corridor
