#pragma once
// Small value types shared by the core and the viewer.
#include <algorithm>
#include <limits>

namespace corridor {

struct LonLat {
    double lon = 0, lat = 0;
};

// A point in the display projection, Web Mercator (EPSG:3857), metres. y grows northwards.
struct MapPoint {
    double x = 0, y = 0;
    bool operator==(const MapPoint&) const = default;
};

// Where an area's name goes (core/cartography/label_anchor.h) and how much room it has there.
struct LabelAnchor {
    MapPoint point;     // in the geometry's coordinates (Web Mercator metres for Feature::mercator)
    double radius = 0;  // distance from `point` to the nearest edge, same units
};

// Axis-aligned box; starts empty and grows with expand().
struct Box {
    double min_x = std::numeric_limits<double>::infinity();
    double min_y = std::numeric_limits<double>::infinity();
    double max_x = -std::numeric_limits<double>::infinity();
    double max_y = -std::numeric_limits<double>::infinity();

    bool empty() const { return min_x > max_x || min_y > max_y; }
    bool operator==(const Box&) const = default;
    void expand(double x, double y) {
        min_x = std::min(min_x, x), max_x = std::max(max_x, x);
        min_y = std::min(min_y, y), max_y = std::max(max_y, y);
    }
    void expand(const Box& b) {
        if (!b.empty()) expand(b.min_x, b.min_y), expand(b.max_x, b.max_y);
    }
    bool contains(double x, double y) const { return x >= min_x && x <= max_x && y >= min_y && y <= max_y; }
    bool intersects(const Box& b) const {
        return !(b.min_x > max_x || b.max_x < min_x || b.min_y > max_y || b.max_y < min_y);
    }
    double width() const { return max_x - min_x; }
    double height() const { return max_y - min_y; }
};

}  // namespace corridor
