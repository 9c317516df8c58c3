#pragma once
// CPU-side meshes of the map, built once at start-up and uploaded to the GPU as they are:
// polygon fills as triangles and lines/points as quads that the vertex shader widens to a
// constant pixel width. Each mesh comes in levels of detail (one per zoom band) and is cut into
// spatial chunks with bounds, so a frame draws only what is on screen at the detail it needs.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "core/normalise/feature.h"
#include "core/base/geo_types.h"
#include "viewer/map/map_style.h"

namespace corridor {

// One level of detail per zoom band. Band b serves scales of at least kLodMinMetersPerPixel[b]
// metres per pixel up to twice that, and is simplified to half a pixel at the band's middle
// scale (0.7 px at its finest, 0.35 px at its coarsest). The last band serves every scale down
// to the camera's finest, kFinestMetersPerPixel, and is simplified to 0.7 px there: a
// full-resolution (densified) boundary set is not triangulated at detail no zoom can show.
inline constexpr double kLodMinMetersPerPixel[] = {6400, 3200, 1600, 800, 400, 200, 100, 0};
inline constexpr double kFinestMetersPerPixel = 2;  // street level is pointless on admin boundaries
inline constexpr int kLodBands = 8;
inline constexpr int kCoarseSourceBand = 3;  // bands 0..3 are simplified from this band's geometry
int lod_band_for(double meters_per_pixel);
double lod_tolerance(int band);  // metres

struct FillVertex {
    float x, y;      // Web Mercator metres minus the mesh origin (floats keep cm precision there)
    float feature;   // index in its layer, for the highlight uniforms
    Rgba color;
};

// A line vertex: a point of the path plus where the shader pushes it, in half-widths:
// corner_side along the normal (-dir_y, dir_x), corner_end along dir. Lines are strips with
// mitred joins (dir is then the mitre turned a quarter, of length up to the mitre limit) and
// square caps at open ends; points are quads.
// 16 bytes, not 28 in floats: the lines are most of the map's memory, on the GPU, in the
// cache and while a cache entry is read. The direction is kept as normalised shorts of
// kLineDirectionRange (a few thousandths of a pixel off at most), the corner as bytes.
inline constexpr float kLineMitreLimit = 3;  // half-widths: a sharper join is cut short (slightly thinner)
inline constexpr float kLineDirectionRange = kLineMitreLimit;  // no component of dir is longer

struct LineVertex {
    float x, y;
    int16_t dir_x, dir_y;            // dir / kLineDirectionRange * 32767
    int8_t corner_side, corner_end;  // -1, 0 or +1
    int16_t unused = 0;              // written as zero, so that equal meshes are equal bytes

    static LineVertex make(float x, float y, float dx, float dy, float side, float end) {
        auto dir = [](float d) { return int16_t(std::lround(std::clamp(d / kLineDirectionRange, -1.0f, 1.0f) * 32767)); };
        return {x, y, dir(dx), dir(dy), int8_t(side), int8_t(end)};
    }
    float direction_x() const { return float(dir_x) * (kLineDirectionRange / 32767); }
    float direction_y() const { return float(dir_y) * (kLineDirectionRange / 32767); }
};

struct Range {
    uint32_t first = 0, count = 0;
};

struct MeshChunk {
    Box bounds;    // Web Mercator
    Range range;   // indices
};

struct BandMesh {
    std::vector<FillVertex> fill_vertices;
    std::vector<uint32_t> fill_indices;     // GL_TRIANGLES over fill_vertices
    std::vector<LineVertex> line_vertices;
    std::vector<uint32_t> line_indices;     // GL_TRIANGLES over line_vertices
    std::vector<MeshChunk> chunks;          // of the fills for a fill mesh, else of the lines
    std::vector<Range> feature_lines;       // per feature of the layer: its line indices
};

enum class MeshKind { Fill, Lines, Points };

struct MeshRequest {
    const Layer* layer = nullptr;                      // read by prepare_mesh; its features must outlive the MeshBuild
    MeshKind kind = MeshKind::Fill;
    MapPoint origin;                                   // subtracted from every vertex
    std::function<bool(const Feature&)> include;       // null: every feature
    std::function<Rgba(const Feature&)> fill_color;    // fills only
    bool network = false;   // lines: each shared polygon edge once (no per-feature ranges)
    bool outlines = false;  // fills: also each feature's rings as lines, for the highlight
    double tolerance_scale = 1;  // times lod_tolerance(band)
};

// What every band of one mesh is built from: the features chosen, the boundary network when
// asked for, and their grouping into chunks. Immutable once made, so bands can be built on a
// worker thread.
struct MeshBuild {
    MeshRequest request;
    size_t feature_count = 0;  // of the request's layer, all of them
    std::vector<const Feature*> features;
    // Each feature simplified once to the finest band's tolerance: the finer bands are
    // simplified from it, so a densified layer pays its full resolution once, not per band...
    std::vector<std::unique_ptr<OGRGeometry>> finest;  // null: the feature as read
    // ...and once more to kCoarseSourceBand's, from which the coarser bands are simplified:
    // simplifying costs what its input holds, not what it keeps.
    std::vector<std::unique_ptr<OGRGeometry>> coarse;  // null: as `finest`
    std::unique_ptr<OGRMultiLineString> network;
    std::vector<Box> boxes;                   // of features, or of network lines
    std::vector<std::vector<size_t>> chunks;  // indices into boxes
    int band_count = kLodBands;               // points: 1 (their size does not depend on zoom)
};

// `network`: for a network request, lines already worked out (a part of the network, see
// boundary_network_parts); without it the whole network of the chosen features is built.
MeshBuild prepare_mesh(const MeshRequest& request, std::unique_ptr<OGRMultiLineString> network = nullptr);

// One level of detail. Features that GEOS cannot triangulate, even after MakeValid, are left
// out of the fill and counted in `failed_features`.
BandMesh build_band(const MeshBuild& build, int band, int* failed_features = nullptr);

}  // namespace corridor
