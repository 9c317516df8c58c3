#pragma once
// CPU-side meshes of the map, built once at start-up and uploaded to the GPU as they are:
// polygon fills as triangles and lines/points as quads that the vertex shader widens to a
// constant pixel width. Each mesh comes in levels of detail (one per zoom band) and is cut into
// spatial chunks with bounds, so a frame draws only what is on screen at the detail it needs.
#include <cstdint>
#include <functional>
#include <vector>

#include "core/feature.h"
#include "core/geo_types.h"
#include "viewer/map_style.h"

namespace corridor {

// One level of detail per zoom band. Band b serves scales of at least kLodMinMetersPerPixel[b]
// metres per pixel and is simplified to half a pixel at its finest scale; the last band is
// the data as read.
inline constexpr double kLodMinMetersPerPixel[] = {1600, 400, 100, 0};
inline constexpr int kLodBands = 4;
int lod_band_for(double meters_per_pixel);

struct FillVertex {
    float x, y;      // Web Mercator metres minus the mesh origin (floats keep cm precision there)
    float feature;   // index in its layer, for the highlight uniforms
    Rgba color;
};

// A quad corner: position plus where the shader pushes it, in half-widths along the
// segment's normal (corner_side) and its direction (corner_end, which also closes joins).
struct LineVertex {
    float x, y;
    float dir_x, dir_y;
    float corner_side, corner_end;
    float feature;
};

struct Range {
    uint32_t first = 0, count = 0;
};

struct MeshChunk {
    Box bounds;    // Web Mercator
    Range range;   // vertices (fills) or indices (lines)
};

struct BandMesh {
    std::vector<FillVertex> fill_vertices;  // GL_TRIANGLES
    std::vector<LineVertex> line_vertices;
    std::vector<uint32_t> line_indices;     // GL_TRIANGLES over line_vertices
    std::vector<MeshChunk> chunks;
    std::vector<Range> feature_lines;       // per feature of the layer: its line indices
};

enum class MeshKind { Fill, Lines, Points };

struct MeshRequest {
    const Layer* layer = nullptr;
    MeshKind kind = MeshKind::Fill;
    MapPoint origin;                                   // subtracted from every vertex
    std::function<bool(const Feature&)> include;       // null: every feature
    std::function<Rgba(const Feature&)> fill_color;    // fills only
};

// Builds every band of one mesh. Features whose geometry GEOS cannot triangulate are repaired
// with MakeValid and retried; `failed_features` counts those still left out.
std::vector<BandMesh> build_mesh(const MeshRequest& request, int* failed_features = nullptr);

}  // namespace corridor
