#include "core/cartography/thinned_lines.h"

#include "core/base/geometry_walk.h"

namespace corridor {

void append_thinned(const OGRGeometry& geometry, double tolerance, Polylines& out) {
    const double tolerance2 = tolerance * tolerance;
    for_each_path(geometry, [&](const OGRSimpleCurve& path) {
        const int n = path.getNumPoints();
        if (n < 2) return;
        const size_t start = out.points.size();
        MapPoint last{path.getX(0), path.getY(0)};
        out.points.push_back(last);
        for (int i = 1; i < n; ++i) {
            const MapPoint p{path.getX(i), path.getY(i)};
            const double dx = p.x - last.x, dy = p.y - last.y;
            // The last point always stays, so that a ring closes and a line reaches its end.
            if (dx * dx + dy * dy >= tolerance2 || i == n - 1) out.points.push_back(last = p);
        }
        // A path keeps its first and last points; a ring thinned to those two (one point twice)
        // has nothing to draw at this tolerance.
        if (out.points.size() - start == 2 && out.points[start].x == out.points.back().x &&
            out.points[start].y == out.points.back().y) {
            out.points.resize(start);
            return;
        }
        out.starts.push_back(uint32_t(start));
    });
}

}  // namespace corridor
