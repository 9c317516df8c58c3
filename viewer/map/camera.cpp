#include "viewer/map/camera.h"

#include <algorithm>
#include <cmath>

#include "core/project/projection.h"

namespace corridor {

namespace {
// Web Mercator metres per pixel at zoom 0 with 256-pixel tiles.
constexpr double kZoom0MetersPerPixel = 2.0 * M_PI * kEarthRadius / 256.0;
}  // namespace

Camera::Camera(double w, double h) : width_(w), height_(h) {}

void Camera::set_viewport(double w, double h) {
    width_ = std::max(1.0, w);
    height_ = std::max(1.0, h);
}

double Camera::zoom() const { return std::log2(kZoom0MetersPerPixel / meters_per_pixel_); }

void Camera::set_center(MapPoint c) {
    center_ = c;
    clamp_to_limits();
}

void Camera::set_meters_per_pixel(double mpp) {
    meters_per_pixel_ = mpp;
    clamp_to_limits();
}

void Camera::set_zoom(double z) { set_meters_per_pixel(kZoom0MetersPerPixel / std::exp2(z)); }

void Camera::set_view(MapPoint c, double z) {
    center_ = c;
    set_zoom(z);
}

ScreenPoint Camera::map_to_screen(MapPoint p) const {
    return {width_ / 2 + (p.x - center_.x) / meters_per_pixel_,
            height_ / 2 - (p.y - center_.y) / meters_per_pixel_};
}

MapPoint Camera::screen_to_map(ScreenPoint s) const {
    return {center_.x + (s.x - width_ / 2) * meters_per_pixel_,
            center_.y - (s.y - height_ / 2) * meters_per_pixel_};
}

LonLat Camera::screen_to_lonlat(ScreenPoint s) const { return mercator_to_lonlat(screen_to_map(s)); }
ScreenPoint Camera::lonlat_to_screen(LonLat p) const { return map_to_screen(lonlat_to_mercator(p)); }

Box Camera::visible_bounds() const {
    Box b;
    MapPoint top_left = screen_to_map({0, 0}), bottom_right = screen_to_map({width_, height_});
    b.expand(top_left.x, top_left.y);
    b.expand(bottom_right.x, bottom_right.y);
    return b;
}

void Camera::pan_pixels(double dx, double dy) {
    center_.x -= dx * meters_per_pixel_;
    center_.y += dy * meters_per_pixel_;
    clamp_to_limits();
}

void Camera::zoom_about(ScreenPoint anchor, double factor) {
    if (factor <= 0) return;
    MapPoint before = screen_to_map(anchor);
    double old_mpp = meters_per_pixel_;
    meters_per_pixel_ /= factor;
    clamp_scale();
    if (meters_per_pixel_ == old_mpp) return;
    // Move the centre so the map point under the anchor is under it again.
    MapPoint after = screen_to_map(anchor);
    center_.x += before.x - after.x;
    center_.y += before.y - after.y;
    clamp_center();
}

void Camera::fit(const Box& b, double padding) {
    if (b.empty()) return;
    center_ = {(b.min_x + b.max_x) / 2, (b.min_y + b.max_y) / 2};
    double usable_w = std::max(1.0, width_ - 2 * padding), usable_h = std::max(1.0, height_ - 2 * padding);
    meters_per_pixel_ = std::max({b.width() / usable_w, b.height() / usable_h, 1e-3});
    clamp_to_limits();
}

void Camera::set_limits(const Box& area, double min_mpp, double max_mpp) {
    limit_area_ = area;
    min_mpp_ = min_mpp;
    max_mpp_ = max_mpp;
    clamp_to_limits();
}

void Camera::clamp_scale() {
    if (min_mpp_ > 0) meters_per_pixel_ = std::max(meters_per_pixel_, min_mpp_);
    if (max_mpp_ > 0) meters_per_pixel_ = std::min(meters_per_pixel_, max_mpp_);
}

void Camera::clamp_center() {
    if (limit_area_.empty()) return;
    center_.x = std::clamp(center_.x, limit_area_.min_x, limit_area_.max_x);
    center_.y = std::clamp(center_.y, limit_area_.min_y, limit_area_.max_y);
}

void Camera::clamp_to_limits() {
    clamp_scale();
    clamp_center();
}

}  // namespace corridor
