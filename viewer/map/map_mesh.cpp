#include "viewer/map/map_mesh.h"

#include <algorithm>
#include <cmath>
#include <memory>

#include "core/base/parallel_for.h"
#include "core/index/boundary_network.h"
#include "core/cartography/douglas_peucker.h"
#include "core/index/triangulate.h"
#include "core/base/geometry_walk.h"

namespace corridor {
namespace {

// A feature simplified to `tolerance` for a level of detail, with GEOS's Douglas-Peucker path by
// path (simplify_paths: no validity repair, which triangulation does not need). GEOS's
// topology-preserving simplifier keeps an index of every segment: it was 17% of a first start's
// CPU, and Douglas-Peucker takes the real pack's first start from 1.56 to 1.24 s. Douglas-Peucker
// drops a ring or a part that is smaller than the tolerance (under a pixel at the level's
// scales). A feature that small as a whole is simplified with its topology kept instead, so that
// it still draws, and can be highlighted, as a speck.
std::unique_ptr<OGRGeometry> simplify_for_level(const OGRGeometry& g, double tolerance) {
    std::unique_ptr<OGRGeometry> simple = simplify_paths(g, tolerance);
    if (simple && !simple->IsEmpty()) return simple;
    return std::unique_ptr<OGRGeometry>(g.SimplifyPreserveTopology(tolerance));
}

constexpr int kChunkGrid = 16;  // up to 16x16 chunks per layer: fine enough to cull, few draw calls

bool is_polygonal(OGRwkbGeometryType t) {
    t = wkbFlatten(t);
    return t == wkbPolygon || t == wkbMultiPolygon || t == wkbCurvePolygon || t == wkbMultiSurface;
}

struct Builder {
    const MeshRequest& req;
    BandMesh& band;
    double tolerance;
    int failed = 0;

    void quad(float x, float y, float dx, float dy) {
        const uint32_t base = uint32_t(band.line_vertices.size());
        for (float end : {-1.0f, 1.0f})
            for (float side : {-1.0f, 1.0f})
                band.line_vertices.push_back(LineVertex::make(x, y, dx, dy, side, end));
        for (uint32_t i : {0u, 1u, 2u, 2u, 1u, 3u}) band.line_indices.push_back(base + i);
    }

    // A path as one strip of quads with mitred joins: two vertices per point, each pushed
    // sideways along the bisector of its two segments' normals, so consecutive segments meet
    // without overlapping (a translucent line keeps one shade at its joins) and share their
    // vertices. Open ends get square caps, half a width long. In the vertex, `dir` is chosen
    // so that the shader's normal (-dir.y, dir.x) is the push (see map_line.vert).
    void path(const OGRSimpleCurve& curve) {
        static thread_local std::vector<MapPoint> pts, normals;  // reused: no allocation per path
        pts.clear();
        for (int i = 0; i < curve.getNumPoints(); ++i) {
            const MapPoint p{curve.getX(i), curve.getY(i)};
            if (pts.empty() || !(pts.back() == p)) pts.push_back(p);
        }
        const size_t n = pts.size();
        if (n < 2) return;
        const bool closed = n > 3 && pts.front() == pts.back();
        // Unit normal of each segment, from point i to point i + 1, once: each joint uses two.
        // No segment is empty (repeated points are gone), and metres neither overflow nor
        // underflow when squared, so sqrt needs none of hypot's care (hypot was 1.5% of a first start).
        normals.resize(n - 1);
        for (size_t i = 0; i + 1 < n; ++i) {
            const double dx = pts[i + 1].x - pts[i].x, dy = pts[i + 1].y - pts[i].y, len = std::sqrt(dx * dx + dy * dy);
            normals[i] = {-dy / len, dx / len};
        }
        const uint32_t base = uint32_t(band.line_vertices.size());
        for (size_t i = 0; i < n; ++i) {
            const float x = float(pts[i].x - req.origin.x), y = float(pts[i].y - req.origin.y);
            const bool first = i == 0, last = i == n - 1;
            if (!closed && (first || last)) {
                const MapPoint nn = normals[first ? 0 : n - 2];
                // Square cap: pushed sideways and half a width out along the direction.
                const float end = first ? -1.0f : 1.0f;
                for (float side : {-1.0f, 1.0f})
                    band.line_vertices.push_back(LineVertex::make(x, y, float(nn.y), float(-nn.x), side, end));
                continue;
            }
            const MapPoint in = normals[first ? n - 2 : i - 1], out = normals[last ? 0 : i];
            MapPoint m{in.x + out.x, in.y + out.y};
            const double len = std::sqrt(m.x * m.x + m.y * m.y);
            m = len > 1e-9 ? MapPoint{m.x / len, m.y / len} : in;
            // Mitre length 1 / cos(half the turn), capped so a spike does not shoot far out.
            const double scale = 1 / std::max(m.x * in.x + m.y * in.y, 1 / double(kLineMitreLimit));
            const float mx = float(m.x * scale), my = float(m.y * scale);
            for (float side : {-1.0f, 1.0f}) band.line_vertices.push_back(LineVertex::make(x, y, my, -mx, side, 0.0f));
        }
        for (uint32_t i = 0; i + 1 < n; ++i)
            for (uint32_t k : {0u, 1u, 2u, 2u, 1u, 3u}) band.line_indices.push_back(base + 2 * i + k);
    }

    std::unique_ptr<OGRGeometry> simplified(const OGRGeometry& g) const {
        if (tolerance <= 0) return nullptr;
        return simplify_for_level(g, tolerance);
    }

    void add_fill(const Feature& f, const OGRGeometry& g) {
        if (wkbFlatten(g.getGeometryType()) == wkbGeometryCollection) {  // its polygons, one by one
            for (const OGRGeometry* part : *g.toGeometryCollection()) add_fill(f, *part);
            return;
        }
        if (!is_polygonal(g.getGeometryType())) return;
        // Reused across features: no allocation per vertex.
        static thread_local std::vector<MapPoint> corners;
        static thread_local std::vector<uint32_t> triangles;
        corners.clear();
        triangles.clear();
        if (!triangulate_polygons(g, corners, triangles)) {
            std::unique_ptr<OGRGeometry> valid(g.MakeValid());
            if (!valid || !triangulate_polygons(*valid, corners, triangles)) {
                ++failed;
                return;
            }
        }
        // Indexed: a corner shared by several triangles is stored, and shaded, once (about a
        // third of the vertex work of plain triangles for the software rasteriser).
        const Rgba color = req.fill_color ? req.fill_color(f) : Rgba{};
        const uint32_t base = uint32_t(band.fill_vertices.size());
        for (const MapPoint& p : corners)
            band.fill_vertices.push_back({float(p.x - req.origin.x), float(p.y - req.origin.y), float(f.index), color});
        for (uint32_t i : triangles) band.fill_indices.push_back(base + i);
    }

    void add_lines(const OGRGeometry& g) {
        for_each_path(g, [&](const OGRSimpleCurve& curve) { path(curve); });
    }

    void add_points(const OGRGeometry& g) {
        for_each_point(g, [&](double x, double y) {
            quad(float(x - req.origin.x), float(y - req.origin.y), 1, 0);
        });
    }

    // Lines of a boundary network have junctions at both ends, so plain Douglas-Peucker keeps
    // neighbouring borders identical.
    void add_network_line(const OGRLineString& line, bool finest) {
        std::unique_ptr<OGRGeometry> simple = tolerance > 0 && !finest ? simplify_paths(line, tolerance) : nullptr;
        const OGRGeometry& g = simple ? *simple : static_cast<const OGRGeometry&>(line);
        for_each_path(g, [&](const OGRSimpleCurve& curve) { path(curve); });
    }

    // `source`: the feature, or one of its simplifications; `ready`: `source` already has this
    // band's tolerance.
    void add(const Feature& f, const OGRGeometry& source, bool ready) {
        std::unique_ptr<OGRGeometry> simple = req.kind == MeshKind::Points || ready ? nullptr : simplified(source);
        const OGRGeometry& g = simple ? *simple : source;
        const size_t first_index = band.line_indices.size();
        switch (req.kind) {
        case MeshKind::Fill:
            add_fill(f, g);
            if (req.outlines) add_lines(g);  // same simplified rings: outline matches fill
            break;
        case MeshKind::Lines: add_lines(g); break;
        case MeshKind::Points: add_points(g); break;
        }
        band.feature_lines[f.index] = {uint32_t(first_index), uint32_t(band.line_indices.size() - first_index)};
    }
};

// Items grouped by the grid cell holding their bounds' centre; an item stays whole in one
// chunk, and the chunk's bounds grow to cover it.
std::vector<std::vector<size_t>> grid_cells(const Box& all, const std::vector<Box>& boxes) {
    std::vector<std::vector<size_t>> cells(kChunkGrid * kChunkGrid);
    const double cw = std::max(all.width(), 1.0) / kChunkGrid, ch = std::max(all.height(), 1.0) / kChunkGrid;
    for (size_t k = 0; k < boxes.size(); ++k) {
        const Box& b = boxes[k];
        if (b.empty()) continue;
        const double cx = (b.min_x + b.max_x) / 2, cy = (b.min_y + b.max_y) / 2;
        const int i = std::clamp(int((cx - all.min_x) / cw), 0, kChunkGrid - 1);
        const int j = std::clamp(int((cy - all.min_y) / ch), 0, kChunkGrid - 1);
        cells[j * kChunkGrid + i].push_back(k);
    }
    return cells;
}

Box envelope(const OGRGeometry& g) {
    OGREnvelope e;
    g.getEnvelope(&e);
    Box b;
    b.expand(e.MinX, e.MinY);
    b.expand(e.MaxX, e.MaxY);
    return b;
}

}  // namespace

int lod_band_for(double meters_per_pixel) {
    for (int b = 0; b < kLodBands; ++b)
        if (meters_per_pixel >= kLodMinMetersPerPixel[b]) return b;
    return kLodBands - 1;
}

double lod_tolerance(int band) {
    return 0.5 * std::sqrt(2.0) * std::max(kLodMinMetersPerPixel[band], kFinestMetersPerPixel);
}

MeshBuild prepare_mesh(const MeshRequest& request, std::unique_ptr<OGRMultiLineString> network) {
    MeshBuild build;
    build.request = request;
    build.band_count = request.kind == MeshKind::Points ? 1 : kLodBands;
    build.feature_count = request.layer->features.size();
    for (const Feature& f : request.layer->features) {
        if (!f.mercator || f.bounds.empty() || (request.include && !request.include(f))) continue;
        build.features.push_back(&f);
        build.boxes.push_back(f.bounds);
    }
    if (request.kind == MeshKind::Lines && request.network) {
        std::vector<const OGRGeometry*> polygons;
        for (const Feature* f : build.features) polygons.push_back(f->mercator.get());
        // nullptr: GEOS failed, draw rings instead
        build.network = network ? std::move(network) : boundary_network(polygons);
        if (build.network) {
            // Each line simplified once to the finest band's tolerance; Douglas-Peucker keeps a
            // line's end points, the junctions, so neighbouring borders stay identical.
            const double finest = lod_tolerance(kLodBands - 1) * request.tolerance_scale;
            std::vector<std::unique_ptr<OGRGeometry>> simplified(build.network->getNumGeometries());
            parallel_for(simplified.size(), [&](size_t k) {
                simplified[k] = simplify_paths(*build.network->getGeometryRef(int(k)), finest);
            });
            auto simple = std::make_unique<OGRMultiLineString>();
            for (size_t k = 0; k < simplified.size(); ++k) {
                std::unique_ptr<OGRGeometry>& s = simplified[k];
                if (s && wkbFlatten(s->getGeometryType()) == wkbLineString) simple->addGeometryDirectly(s.release());
                else simple->addGeometry(build.network->getGeometryRef(int(k)));
            }
            build.network = std::move(simple);
            build.boxes.clear();
            for (const OGRLineString* line : *build.network) build.boxes.push_back(envelope(*line));
        }
    }
    const double finest = lod_tolerance(kLodBands - 1) * request.tolerance_scale;
    if (!build.network && request.kind != MeshKind::Points) {
        build.finest.resize(build.features.size());
        build.coarse.resize(build.features.size());
        const double coarse = lod_tolerance(kCoarseSourceBand) * request.tolerance_scale;
        // Features are independent here, and each call makes its own GEOS context: one per core.
        parallel_for(build.features.size(), [&](size_t k) {
            build.finest[k] = simplify_for_level(*build.features[k]->mercator, finest);
            const OGRGeometry& from = build.finest[k] ? *build.finest[k] : *build.features[k]->mercator;
            build.coarse[k] = simplify_for_level(from, coarse);
        });
    }
    build.chunks = grid_cells(request.layer->bounds, build.boxes);
    return build;
}

BandMesh build_band(const MeshBuild& build, int b, int* failed_features) {
    const MeshRequest& req = build.request;
    BandMesh band;
    band.feature_lines.assign(build.feature_count, Range{});
    Builder builder{req, band, lod_tolerance(b) * req.tolerance_scale};
    const bool fill = req.kind == MeshKind::Fill;
    for (const auto& cell : build.chunks) {
        if (cell.empty()) continue;
        MeshChunk chunk;
        chunk.range.first = uint32_t(fill ? band.fill_indices.size() : band.line_indices.size());
        const bool finest = b == kLodBands - 1;
        for (size_t k : cell) {
            const OGRGeometry* coarse = b <= kCoarseSourceBand && !build.coarse.empty() ? build.coarse[k].get() : nullptr;
            if (build.network)
                builder.add_network_line(*build.network->getGeometryRef(int(k)), finest);
            else if (coarse)
                builder.add(*build.features[k], *coarse, b == kCoarseSourceBand);
            else if (const OGRGeometry* pre = build.finest.empty() ? nullptr : build.finest[k].get())
                builder.add(*build.features[k], *pre, finest);
            else
                builder.add(*build.features[k], *build.features[k]->mercator, false);
            chunk.bounds.expand(build.boxes[k]);
        }
        chunk.range.count = uint32_t((fill ? band.fill_indices.size() : band.line_indices.size()) - chunk.range.first);
        if (chunk.range.count) band.chunks.push_back(chunk);
    }
    if (failed_features) *failed_features = builder.failed;
    return band;
}

}  // namespace corridor
