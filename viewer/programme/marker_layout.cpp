#include "viewer/programme/marker_layout.h"

#include <algorithm>
#include <cmath>

namespace corridor {

std::vector<MarkerGroup> layout_markers(const std::vector<MarkerAnchor>& anchors, const Camera& camera,
                                        double min_distance_px, const std::function<double(size_t)>& radius_px) {
    struct Acc {
        MarkerGroup group;
        double sx = 0, sy = 0;
        int n = 0;
    };
    std::vector<Acc> acc;
    const double margin = min_distance_px;
    for (const MarkerAnchor& a : anchors) {
        ScreenPoint s = camera.map_to_screen(a.at);
        if (s.x < -margin || s.y < -margin || s.x > camera.viewport_width() + margin ||
            s.y > camera.viewport_height() + margin)
            continue;
        Acc* home = nullptr;
        for (Acc& g : acc)
            if (std::hypot(g.sx / g.n - s.x, g.sy / g.n - s.y) < min_distance_px) {
                home = &g;
                break;
            }
        if (!home) home = &acc.emplace_back();
        home->sx += s.x, home->sy += s.y, ++home->n;
        home->group.bounds.expand(a.at.x, a.at.y);
        auto& ids = home->group.initiatives;
        if (std::find(ids.begin(), ids.end(), a.initiative) == ids.end()) ids.push_back(a.initiative);
    }
    for (bool merged = true; merged;) {
        merged = false;
        for (size_t i = 0; i < acc.size() && !merged; ++i)
            for (size_t j = i + 1; j < acc.size() && !merged; ++j) {
                Acc &a = acc[i], &b = acc[j];
                double gap = std::hypot(a.sx / a.n - b.sx / b.n, a.sy / a.n - b.sy / b.n);
                if (gap >= radius_px(a.group.initiatives.size()) + radius_px(b.group.initiatives.size()) + 2) continue;
                a.sx += b.sx, a.sy += b.sy, a.n += b.n;
                a.group.bounds.expand(b.group.bounds);
                for (int id : b.group.initiatives)
                    if (std::find(a.group.initiatives.begin(), a.group.initiatives.end(), id) == a.group.initiatives.end())
                        a.group.initiatives.push_back(id);
                acc.erase(acc.begin() + long(j));
                merged = true;
            }
    }
    std::vector<MarkerGroup> out;
    for (Acc& g : acc) {
        g.group.at = {g.sx / g.n, g.sy / g.n};
        out.push_back(std::move(g.group));
    }
    return out;
}

}  // namespace corridor
