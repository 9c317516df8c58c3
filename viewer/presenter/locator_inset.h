#pragma once
// A close-up tour step keeps its context: a small map of Mali and Burkina Faso in a corner,
// with a rectangle where the view is, as an atlas puts a locator beside a detail map.
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/geo_types.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"

namespace corridor {

// The view is a close-up when it is narrower than this share of the two countries' width.
inline constexpr double kCloseUpShare = 0.25;

class LocatorInset {
public:
    // Draws the inset as a window at the bottom right, its bottom edge at `bottom` (window
    // pixels), when `camera` shows a close-up of the countries; `scale` is the UI scale.
    void draw(const Geodata& data, const Camera& camera, float bottom, float scale);
    // {shown, view: {x, y, w, h} the view's rectangle in window pixels, or null}: as drawn in
    // the current ImGui frame (not shown when this frame drew no inset).
    nlohmann::json state() const;

private:
    void build(const Geodata& data);

    bool built_ = false;
    std::vector<std::vector<MapPoint>> outlines_;  // Web Mercator rings of both countries, simplified
    Box extent_;                                    // of outlines_
    int drawn_frame_ = -2;                          // ImGui frame count of the last inset drawn
    Box view_rect_;                                 // the view's rectangle in it, window pixels
};

}  // namespace corridor
