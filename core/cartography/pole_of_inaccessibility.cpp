#include "core/cartography/pole_of_inaccessibility.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>
#include <vector>

#include <ogr_geometry.h>

namespace corridor {

namespace {

// Every ring's points in one array: ring k is points[starts[k]] .. points[starts[k + 1] - 1].
struct Rings {
    std::vector<MapPoint> points;
    std::vector<size_t> starts;
    size_t count() const { return starts.size() - 1; }
};

// False when a coordinate is not finite: the search would never settle.
bool copy_rings(const OGRPolygon& polygon, Rings& rings) {
    for (const OGRLinearRing* ring : polygon) {
        rings.starts.push_back(rings.points.size());
        for (int i = 0; i < ring->getNumPoints(); ++i) {
            const MapPoint p{ring->getX(i), ring->getY(i)};
            if (!std::isfinite(p.x) || !std::isfinite(p.y)) return false;
            rings.points.push_back(p);
        }
    }
    rings.starts.push_back(rings.points.size());
    return true;
}

// A ring's edge as a probe reads it, worked out once per polygon: a probe then takes no
// division per edge (the search probes each edge a few hundred times).
struct Edge {
    double ax, ay, by;  // by as read, not ay + dy: both edges at a vertex must agree on its side
    double dx, dy;
    double inverse_squared_length;  // 0 for a zero-length edge: its distance is a's
    double x_per_y;                 // dx / dy, for the crossing test (0 when level)
};

// A run of consecutive edges and a box around them, widened by far more than the rounding of
// any distance worked out from them: a probe farther from the box than its nearest edge so far
// need not measure the run's edges, and one above or below it crosses none of them. The answer
// is the same, bit for bit, as measuring every edge (pole_of_inaccessibility_test compares the
// two on every real commune). Finding the real pack's label anchors on one thread (load_bench)
// took 83 ms measuring every edge, 52 ms passing runs by; runs of 16 edges did no better.
struct EdgeRun {
    double min_x, max_x, min_y, max_y;
    size_t begin, end;  // in Outline::edges
};

struct Outline {
    std::vector<Edge> edges;
    std::vector<EdgeRun> runs;
};

constexpr size_t kEdgesPerRun = 8;  // a commune's 92 points on average, up to 597

Outline outline_of(const Rings& rings) {
    Outline outline;
    std::vector<Edge>& edges = outline.edges;
    edges.reserve(rings.points.size());
    for (size_t k = 0; k < rings.count(); ++k) {
        const size_t begin = rings.starts[k], end = rings.starts[k + 1];
        for (size_t i = begin, j = end - 1; i < end; j = i++) {
            const MapPoint& a = rings.points[i];
            const MapPoint& b = rings.points[j];
            const double dx = b.x - a.x, dy = b.y - a.y, length2 = dx * dx + dy * dy;
            edges.push_back({a.x, a.y, b.y, dx, dy, length2 > 0 ? 1 / length2 : 0, dy != 0 ? dx / dy : 0});
        }
    }
    for (size_t begin = 0; begin < edges.size(); begin += kEdgesPerRun) {
        EdgeRun run{edges[begin].ax, edges[begin].ax, edges[begin].ay, edges[begin].ay, begin,
                    std::min(begin + kEdgesPerRun, edges.size())};
        for (size_t i = run.begin; i < run.end; ++i) {
            const Edge& e = edges[i];
            run.min_x = std::min({run.min_x, e.ax, e.ax + e.dx}), run.max_x = std::max({run.max_x, e.ax, e.ax + e.dx});
            run.min_y = std::min({run.min_y, e.ay, e.by}), run.max_y = std::max({run.max_y, e.ay, e.by});
        }
        // Rounding errs by ~1e-16 of the coordinates' size; this margin is a million times that.
        const double margin = 1e-10 * (std::abs(run.min_x) + std::abs(run.max_x) + std::abs(run.min_y) + std::abs(run.max_y)) +
                              std::numeric_limits<double>::min();
        run.min_x -= margin, run.max_x += margin, run.min_y -= margin, run.max_y += margin;
        outline.runs.push_back(run);
    }
    return outline;
}

double squared_distance_to_box(const EdgeRun& run, double x, double y) {
    const double dx = std::max({run.min_x - x, 0.0, x - run.max_x});
    const double dy = std::max({run.min_y - y, 0.0, y - run.max_y});
    return dx * dx + dy * dy;
}

// The nearest edge, and the even-odd crossings of a ray to the right for the sign (each ring
// closed whether or not it repeats its first point). The run whose box is nearest is measured
// first, so that the others can mostly be passed by.
double signed_distance(const Outline& outline, double x, double y) {
    bool inside = false;
    double nearest = std::numeric_limits<double>::infinity();
    auto measure = [&](const EdgeRun& run) {
        for (size_t i = run.begin; i < run.end; ++i) {
            const Edge& e = outline.edges[i];
            const double tx = x - e.ax, ty = y - e.ay;
            const double t = std::clamp((tx * e.dx + ty * e.dy) * e.inverse_squared_length, 0.0, 1.0);
            const double ex = tx - e.dx * t, ey = ty - e.dy * t;
            nearest = std::min(nearest, ex * ex + ey * ey);
        }
    };
    size_t first = 0;
    double first_box = std::numeric_limits<double>::infinity();
    for (size_t k = 0; k < outline.runs.size(); ++k)
        if (const double d = squared_distance_to_box(outline.runs[k], x, y); d < first_box) first_box = d, first = k;
    if (!outline.runs.empty()) measure(outline.runs[first]);
    for (size_t k = 0; k < outline.runs.size(); ++k) {
        const EdgeRun& run = outline.runs[k];
        if (y >= run.min_y && y < run.max_y)  // an edge crosses the ray only at a height it spans
            for (size_t i = run.begin; i < run.end; ++i) {
                const Edge& e = outline.edges[i];
                if ((e.ay > y) != (e.by > y) && x - e.ax < e.x_per_y * (y - e.ay)) inside = !inside;
            }
        if (k != first && squared_distance_to_box(run, x, y) < nearest) measure(run);
    }
    return (inside ? 1 : -1) * std::sqrt(nearest);
}

struct Cell {
    double x, y, half;  // centre and half its side
    double distance;    // signed, from the centre
    double best;        // the most any point of the cell can have: distance + half diagonal
    Cell(double x, double y, double half, const Outline& outline)
        : x(x), y(y), half(half), distance(signed_distance(outline, x, y)), best(distance + half * std::sqrt(2.0)) {}
};

struct FewerPossible {
    bool operator()(const Cell& a, const Cell& b) const { return a.best < b.best; }
};

// The area centroid of the shell, a good first guess for most shapes.
MapPoint shell_centroid(const Rings& rings) {
    const size_t begin = rings.starts[0], end = rings.starts[1];
    const MapPoint origin = rings.points[begin];  // sums taken relative to it, for precision
    double area = 0, cx = 0, cy = 0;
    for (size_t i = begin, j = end - 1; i < end; j = i++) {
        const double ax = rings.points[i].x - origin.x, ay = rings.points[i].y - origin.y;
        const double bx = rings.points[j].x - origin.x, by = rings.points[j].y - origin.y;
        const double f = ax * by - bx * ay;
        cx += (ax + bx) * f, cy += (ay + by) * f, area += f * 3;
    }
    if (area == 0) return origin;
    return {origin.x + cx / area, origin.y + cy / area};
}

// A bound on the probes, so that a precision far below the coordinates' own cannot keep the
// search going: a commune needs a few hundred.
constexpr int kMaxProbes = 100000;
constexpr double kMaxFirstCells = 64;

}  // namespace

double signed_distance_to_edges(const OGRPolygon& polygon, double x, double y) {
    Rings rings;
    if (!copy_rings(polygon, rings) || rings.points.empty()) return -std::numeric_limits<double>::infinity();
    return signed_distance(outline_of(rings), x, y);
}

Pole pole_of_inaccessibility(const OGRPolygon& polygon, double precision) {
    Rings rings;
    if (polygon.IsEmpty() || !copy_rings(polygon, rings) || rings.starts[1] == 0) return {};
    double min_x = rings.points[0].x, max_x = min_x, min_y = rings.points[0].y, max_y = min_y;
    for (size_t i = 0; i < rings.starts[1]; ++i) {
        min_x = std::min(min_x, rings.points[i].x), max_x = std::max(max_x, rings.points[i].x);
        min_y = std::min(min_y, rings.points[i].y), max_y = std::max(max_y, rings.points[i].y);
    }
    const double width = max_x - min_x, height = max_y - min_y;
    if (!(std::min(width, height) > 0)) return {rings.points[0], 0};
    // Square cells of the shorter side cover the box, at most kMaxFirstCells along the longer one
    // (a sliver would otherwise start with millions).
    const double cell_size = std::max(std::min(width, height), std::max(width, height) / kMaxFirstCells);
    if (!(precision > 0)) precision = std::max(width, height) / 500;

    const Outline outline = outline_of(rings);
    std::priority_queue<Cell, std::vector<Cell>, FewerPossible> cells;
    const double half = cell_size / 2;
    for (double x = min_x; x < max_x; x += cell_size)
        for (double y = min_y; y < max_y; y += cell_size) cells.emplace(x + half, y + half, half, outline);

    const MapPoint centroid = shell_centroid(rings);
    Cell best(centroid.x, centroid.y, 0, outline);
    const Cell middle(min_x + width / 2, min_y + height / 2, 0, outline);
    if (middle.distance > best.distance) best = middle;

    for (int probes = 0; !cells.empty() && probes < kMaxProbes; probes += 4) {
        const Cell cell = cells.top();
        cells.pop();
        if (cell.distance > best.distance) best = cell;
        // The queue holds the most promising cell first: once it cannot beat the best found by
        // more than the precision, no other can.
        if (cell.best - best.distance <= precision) break;
        const double h = cell.half / 2;
        cells.emplace(cell.x - h, cell.y - h, h, outline);
        cells.emplace(cell.x + h, cell.y - h, h, outline);
        cells.emplace(cell.x - h, cell.y + h, h, outline);
        cells.emplace(cell.x + h, cell.y + h, h, outline);
    }
    return {{best.x, best.y}, best.distance};
}

}  // namespace corridor
