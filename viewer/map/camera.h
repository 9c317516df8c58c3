#pragma once
// The map camera: which part of the Web Mercator plane the window shows. Pure maths, no
// SFML or GL, so tests check it directly. Screen pixels: origin top-left, y down.
#include "core/base/geo_types.h"

namespace corridor {

struct ScreenPoint {
    double x = 0, y = 0;
};

class Camera {
public:
    Camera() = default;
    Camera(double viewport_width, double viewport_height);

    void set_viewport(double width, double height);  // keeps the centre and the scale
    double viewport_width() const { return width_; }
    double viewport_height() const { return height_; }

    MapPoint center() const { return center_; }
    double meters_per_pixel() const { return meters_per_pixel_; }
    // Zoom as a web map level: 0 shows the world in 256 px; each level halves the scale.
    double zoom() const;

    void set_center(MapPoint c);
    void set_meters_per_pixel(double mpp);
    void set_zoom(double zoom);
    void set_view(MapPoint center, double zoom);

    ScreenPoint map_to_screen(MapPoint p) const;
    MapPoint screen_to_map(ScreenPoint s) const;
    LonLat screen_to_lonlat(ScreenPoint s) const;
    ScreenPoint lonlat_to_screen(LonLat p) const;
    Box visible_bounds() const;  // Web Mercator box the viewport covers

    void pan_pixels(double dx, double dy);                   // moves the map by (dx, dy) on screen
    void zoom_about(ScreenPoint anchor, double factor);      // factor > 1 zooms in; anchor stays put
    void fit(const Box& bounds, double padding_pixels = 20);  // whole box visible, centred

    // Keeps the camera sensible: scale within [min, max] and centre inside `area`.
    void set_limits(const Box& area, double min_mpp, double max_mpp);
    void clamp_to_limits();

private:
    void clamp_scale();
    void clamp_center();

    double width_ = 1280, height_ = 800;
    MapPoint center_{};
    double meters_per_pixel_ = 1000;
    Box limit_area_;
    double min_mpp_ = 0, max_mpp_ = 0;  // 0: no limit
};

}  // namespace corridor
