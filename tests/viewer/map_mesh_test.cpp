// The CPU-side map meshes: lines as mitred strips with square caps, fills as indexed triangles.
#include "viewer/map/map_mesh.h"

#include <cmath>
#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "tests/core/wkt_geometry.h"

namespace corridor {
namespace {

// A one-feature layer from WKT in metres (taken as Web Mercator), origin at 0,0.
Layer layer_of(const char* wkt) {
    Layer layer;
    Feature& f = layer.features.emplace_back();
    f.mercator.reset(from_wkt(wkt).release());
    OGREnvelope e;
    f.mercator->getEnvelope(&e);
    f.bounds.expand(e.MinX, e.MinY);
    f.bounds.expand(e.MaxX, e.MaxY);
    layer.bounds = f.bounds;
    return layer;
}

// The finest band: the data as read, no simplification.
BandMesh finest(const Layer& layer, MeshKind kind) {
    MeshRequest request;
    request.layer = &layer;
    request.kind = kind;
    MeshBuild build = prepare_mesh(request);
    return build_band(build, build.band_count - 1);
}

// Where the shader pushes a line vertex, in half-widths (map_line.vert).
// The direction is stored in steps of kLineDirectionRange / 32767: a push is that close.
constexpr double kPushTolerance = 2 * kLineDirectionRange / 32767;
MapPoint push(const LineVertex& v) {
    const double dx = v.direction_x(), dy = v.direction_y();
    return {v.corner_side * -dy + v.corner_end * dx, v.corner_side * dx + v.corner_end * dy};
}

TEST(MapMesh, OpenLineIsOneStripWithSquareCapsAndAMitredJoin) {
    const Layer l = layer_of("LINESTRING(0 0,10 0,10 10)");
    const BandMesh m = finest(l, MeshKind::Lines);
    ASSERT_EQ(m.line_vertices.size(), 6u) << "two vertices per point";
    ASSERT_EQ(m.line_indices.size(), 12u) << "two triangles per segment";
    // First point: pushed up and down, and half a width back along the line (square cap).
    EXPECT_NEAR(push(m.line_vertices[1]).x, -1, kPushTolerance);
    EXPECT_NEAR(push(m.line_vertices[1]).y, 1, kPushTolerance);
    // The right-angle join: along the bisector, sqrt(2) half-widths, so both edges keep the width.
    const MapPoint join = push(m.line_vertices[3]);
    EXPECT_NEAR(join.x, -1, kPushTolerance);
    EXPECT_NEAR(join.y, 1, kPushTolerance);
    EXPECT_EQ(m.line_vertices[2].x, 10);
    EXPECT_EQ(m.line_vertices[2].y, 0);
    // Last point: half a width on past the end.
    EXPECT_NEAR(push(m.line_vertices[5]).y, 1, kPushTolerance);
    for (uint32_t i : m.line_indices) EXPECT_LT(i, m.line_vertices.size());
}

TEST(MapMesh, ClosedRingHasNoCapsAndJoinsAtItsStart) {
    const Layer l = layer_of("LINESTRING(0 0,10 0,10 10,0 10,0 0)");
    const BandMesh m = finest(l, MeshKind::Lines);
    ASSERT_EQ(m.line_vertices.size(), 10u);
    EXPECT_EQ(m.line_indices.size(), 24u);
    for (const LineVertex& v : m.line_vertices) EXPECT_EQ(v.corner_end, 0) << "mitred, not capped";
    // Start and end (the same corner) are pushed alike, so the ring closes without a notch.
    EXPECT_NEAR(push(m.line_vertices[0]).x, push(m.line_vertices[8]).x, kPushTolerance);
    EXPECT_NEAR(push(m.line_vertices[0]).y, push(m.line_vertices[8]).y, kPushTolerance);
    EXPECT_NEAR(std::hypot(push(m.line_vertices[0]).x, push(m.line_vertices[0]).y), std::sqrt(2.0), kPushTolerance);
}

TEST(MapMesh, ALineVertexKeepsItsDirectionWithinOneStep) {
    const float step = kLineDirectionRange / 32767;
    for (const MapPoint d : {MapPoint{1, 0}, MapPoint{-0.6, 0.8}, MapPoint{2.9, -0.01}, MapPoint{-3, 3}}) {
        const LineVertex v = LineVertex::make(5, 6, float(d.x), float(d.y), -1, 1);
        EXPECT_NEAR(v.direction_x(), d.x, step / 2 + 1e-7);
        EXPECT_NEAR(v.direction_y(), d.y, step / 2 + 1e-7);
        EXPECT_EQ(v.x, 5);
        EXPECT_EQ(v.corner_side, -1);
        EXPECT_EQ(v.corner_end, 1);
    }
    // Longer than the range (never made by a mitre): clamped, not wrapped round to the other side.
    EXPECT_NEAR(LineVertex::make(0, 0, 10, -10, 1, 0).direction_x(), kLineDirectionRange, step);
    EXPECT_NEAR(LineVertex::make(0, 0, 10, -10, 1, 0).direction_y(), -kLineDirectionRange, step);
}

TEST(MapMesh, SpikeJoinStaysWithinTheMitreLimit) {
    const Layer l = layer_of("LINESTRING(0 0,100 0,0 1)");  // turns back on itself
    const BandMesh m = finest(l, MeshKind::Lines);
    ASSERT_EQ(m.line_vertices.size(), 6u);
    const MapPoint tip = push(m.line_vertices[3]);
    EXPECT_LE(std::hypot(tip.x, tip.y), kLineMitreLimit + kPushTolerance);
    EXPECT_GT(std::hypot(tip.x, tip.y), 1.0);
}

TEST(MapMesh, RepeatedPointsAreSkipped) {
    const Layer l = layer_of("LINESTRING(0 0,0 0,10 0,10 0)");
    const BandMesh m = finest(l, MeshKind::Lines);
    EXPECT_EQ(m.line_vertices.size(), 4u);
    EXPECT_EQ(m.line_indices.size(), 6u);
}

TEST(MapMesh, FillSharesCornersBetweenTriangles) {
    const Layer l = layer_of("POLYGON((0 0,10 0,10 10,0 10,0 0))");
    const BandMesh m = finest(l, MeshKind::Fill);
    EXPECT_EQ(m.fill_vertices.size(), 4u);
    ASSERT_EQ(m.fill_indices.size(), 6u);
    double area = 0;
    for (size_t t = 0; t < 6; t += 3) {
        const FillVertex &a = m.fill_vertices[m.fill_indices[t]], &b = m.fill_vertices[m.fill_indices[t + 1]],
                         &c = m.fill_vertices[m.fill_indices[t + 2]];
        area += std::abs((b.x - a.x) * (c.y - a.y) - (c.x - a.x) * (b.y - a.y)) / 2;
    }
    EXPECT_NEAR(area, 100, 1e-6) << "the triangles cover the square";
    ASSERT_EQ(m.chunks.size(), 1u);
    EXPECT_EQ(m.chunks[0].range.count, 6u) << "chunk ranges count indices";
}

// A densified circle (the stress pack's case): every band covers it to within its own
// tolerance plus that of band kCoarseSourceBand, whose geometry the coarser bands are simplified
// from, and a coarser band never holds more corners than a finer one.
TEST(MapMesh, BandsCoverADensifiedCircleWithinTheirToleranceAndThinOut) {
    constexpr double kRadius = 100'000;
    constexpr int kCorners = 20'000;
    std::string wkt = "POLYGON((";
    for (int i = 0; i <= kCorners; ++i) {
        const double a = 2 * M_PI * (i % kCorners) / kCorners;
        wkt += (i ? "," : "") + std::to_string(kRadius * std::cos(a)) + " " + std::to_string(kRadius * std::sin(a));
    }
    wkt += "))";
    const Layer l = layer_of(wkt.c_str());
    MeshRequest request;
    request.layer = &l;
    request.kind = MeshKind::Fill;
    const MeshBuild build = prepare_mesh(request);
    ASSERT_EQ(build.band_count, kLodBands);
    const double circle = M_PI * kRadius * kRadius;
    size_t finer_corners = SIZE_MAX;
    for (int b = kLodBands - 1; b >= 0; --b) {
        const BandMesh m = build_band(build, b);
        double area = 0;
        for (size_t t = 0; t + 2 < m.fill_indices.size(); t += 3) {
            const FillVertex &p = m.fill_vertices[m.fill_indices[t]], &q = m.fill_vertices[m.fill_indices[t + 1]],
                             &r = m.fill_vertices[m.fill_indices[t + 2]];
            area += std::abs((double(q.x) - p.x) * (double(r.y) - p.y) - (double(r.x) - p.x) * (double(q.y) - p.y)) / 2;
        }
        // Chords cut off at most their sagitta, the tolerance: 2 t / R of the area for each pass.
        double tolerance = lod_tolerance(b);
        if (b < kCoarseSourceBand) tolerance += lod_tolerance(kCoarseSourceBand);
        EXPECT_LE(area, circle * (1 + 1e-6)) << "band " << b;
        EXPECT_GE(area, circle * (1 - 2 * tolerance / kRadius)) << "band " << b;
        EXPECT_LE(m.fill_vertices.size(), finer_corners) << "band " << b;
        EXPECT_GE(m.fill_vertices.size(), 8u) << "band " << b;
        finer_corners = m.fill_vertices.size();
    }
    EXPECT_LT(finer_corners, size_t(kCorners / 100)) << "the coarsest band keeps few of the corners";
}

// Douglas-Peucker drops a polygon smaller than the tolerance; a whole feature that small is
// simplified with its topology kept instead, so that it still draws as a speck at every level
// (a commune highlighted from afar, a small island).
TEST(MapMesh, AFeatureSmallerThanTheToleranceStillDrawsAtEveryLevel) {
    const Layer l = layer_of("POLYGON((0 0,200 0,200 150,120 210,0 200,0 0))");  // 200 m across
    MeshRequest request;
    request.layer = &l;
    request.kind = MeshKind::Fill;
    request.outlines = true;
    const MeshBuild build = prepare_mesh(request);
    ASSERT_GT(lod_tolerance(0), 1000.0) << "the coarsest level's tolerance dwarfs the feature";
    for (int b = 0; b < kLodBands; ++b) {
        const BandMesh m = build_band(build, b);
        EXPECT_GE(m.fill_indices.size(), 3u) << "band " << b;
        EXPECT_GT(m.feature_lines.at(0).count, 0u) << "band " << b << ": no outline to highlight";
    }
}

}  // namespace
}  // namespace corridor
