#include "viewer/map/map_area.h"

#include <algorithm>

namespace corridor {

Box unobstructed_area(double width, double height, double top, const std::vector<Box>& panels,
                      const Box& bottom_band) {
    const Box whole{0, top, width, height};
    Box area = whole;
    for (const Box& p : panels) {
        if (p.empty() || p.max_y <= top || p.min_y >= height) continue;
        if (p.min_x < width / 3 && p.max_x < width * 0.6) area.min_x = std::max(area.min_x, p.max_x);
        else if (p.max_x > width * 2 / 3 && p.min_x > width * 0.4) area.max_x = std::min(area.max_x, p.min_x);
    }
    if (area.width() < width / 4) area = whole;
    if (!bottom_band.empty() && bottom_band.width() > area.width() / 2 && bottom_band.min_y > area.min_y + area.height() / 2)
        area.max_y = std::min(area.max_y, bottom_band.min_y);
    return area;
}

Box beside_right_panel(const Box& area, double window_width, double panel_px) {
    Box out = area;
    out.max_x = std::min(out.max_x, window_width - panel_px);
    return out.width() < window_width / 4 ? area : out;
}

Box inset(const Box& area, double fraction) {
    const double dx = area.width() * fraction, dy = area.height() * fraction;
    return Box{area.min_x + dx, area.min_y + dy, area.max_x - dx, area.max_y - dy};
}

namespace {
// Moves `camera` so that what is at the window's centre shows at the centre of `area`.
void shift_to_area(Camera& camera, const Box& area) {
    const double w = camera.viewport_width(), h = camera.viewport_height(), mpp = camera.meters_per_pixel();
    MapPoint c = camera.center();
    c.x += (w / 2 - (area.min_x + area.max_x) / 2) * mpp;
    c.y -= (h / 2 - (area.min_y + area.max_y) / 2) * mpp;  // screen y runs down, map y up
    camera.set_center(c);
}
}  // namespace

Camera centre_in_area(Camera camera, MapPoint center, double zoom, const Box& area) {
    camera.set_view(center, zoom);
    if (!area.empty()) shift_to_area(camera, area);
    return camera;
}

Camera fit_in_area(Camera camera, const Box& target, const Box& area, double padding) {
    if (target.empty() || area.empty()) return camera;
    const double w = camera.viewport_width(), h = camera.viewport_height();
    camera.set_viewport(area.width(), area.height());
    camera.fit(target, padding);
    // The target is centred in `area`; the window's centre lies that far off the area's centre.
    camera.set_viewport(w, h);
    shift_to_area(camera, area);
    return camera;
}

}  // namespace corridor
