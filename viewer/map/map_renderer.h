#pragma once
// Draws the map layers with OpenGL shaders (shaders/*.glsl): polygon fills triangulated once
// with GEOS, boundary lines of constant screen width in a rank hierarchy, and the hover and
// selection highlight driven by a feature ID uniform, so nothing is rebuilt per frame.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/cache/geodata_cache.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/map/map_highlight.h"
#include "viewer/map/map_style.h"

namespace corridor {

class MapRenderer {
public:
    MapRenderer();
    ~MapRenderer();

    // Colours and widths. Fill colours are baked into the meshes, so set the style before init();
    // without a call, init() reads geodata/styles/map_style.json (defaults where absent).
    void set_style(const MapStyle& style);
    const MapStyle& style() const;

    // Builds the GPU meshes of every layer once and compiles the shaders. Needs a current GL
    // context. Returns false (with diagnostics) when a shader fails to compile. The meshes are
    // built from `data`'s layers where they lie (finer levels on a worker thread, later): it
    // must outlive the renderer, and its layers' features must stay as they are; more layers may
    // be added.
    bool init(const Geodata& data, Diagnostics& diag);
    // Call before init(): a cache miss then returns at once, and the meshes are built on a
    // thread of their own, each layer drawn as soon as draw() has uploaded it. The Geodata given
    // to init() must not change while preparing() (the app holds back new layers meanwhile).
    void build_in_background(bool on);
    bool preparing() const;
    float prepared_fraction() const;  // of init()'s planned items, for the progress bar
    // A failure of the background build (out of memory, say), once, for the problems window.
    Diagnostics take_problems();
    // Keeps the meshes init() builds in the cache folder and reads them back on a later init
    // from the same inputs (mesh_cache.h). Call before init(); nothing when !options.enabled.
    void use_cache(const GeodataCacheOptions& options);
    // Adds one more layer (a user's file) after init; `layer_index` is its Geodata index. Read
    // at once, all its levels built now.
    void add_layer(const Layer& layer, int layer_index);

    // Whether the layer's style shows it until the user chooses (LayerVisibility::set_default).
    bool visible_by_default(int layer_index) const;
    // A user layer's colour (its lines, points and fill outline); nullopt for the others.
    std::optional<Rgba> user_colour(int layer_index) const;
    // Every layer planned so far at its style's default, for a caller that keeps no choices.
    LayerVisibility default_visibility() const;

    // Draws with raw GL into the current context; the caller wraps it in SFML's
    // pushGLStates/popGLStates. `line_scale` widens every line (projector UI scale).
    // Clears the viewport (camera's size, from the origin) to the style's background first.
    void draw(const Camera& camera, const MapHighlight& highlight, const LayerVisibility& layers,
              float line_scale = 1.0f);

    // The window was made anew (fullscreen): draw in its context from now on (vertex_array.h).
    void adopt_current_context();

    // Whether any layer has meshes to draw yet (a first start builds them one after another).
    bool has_items() const;
    // Triangles drawn by the last draw() (for benchmarks and the debug overlay).
    size_t last_triangle_count() const;
    // Where the vertices live on the GPU, for the debug overlay and benchmarks.
    size_t gpu_bytes() const;
    // init() builds the coarse levels of detail; the finer ones are built on a worker thread
    // and uploaded by draw() as they arrive, up to the finest a frame has drawn; with a cache,
    // finer ones go only to the mesh entry, and come back from it once it is in place.
    // loading() is true until all are in (and while preparing());
    // finish_loading() waits for them and uploads them now (tests, benchmarks; needs the GL context).
    // Levels read from the cache are uploaded when a frame first draws them; finish_loading()
    // uploads them all.
    bool loading() const;
    void finish_loading();
    // Whether draw() with this camera draws every shown layer at the level of detail its scale
    // asks for, not a coarser one while the finer one is still being built (on a first start).
    // A script's screenshot waits for it; an export calls finish_detail(), which uploads levels
    // as they are built until it holds (needs the GL context).
    bool detail_ready(const Camera& camera, const LayerVisibility& layers) const;
    void finish_detail(const Camera& camera, const LayerVisibility& layers);
    // At exit: builds the levels of detail still missing and writes the mesh entry, so that a
    // first run closed early still leaves its meshes for the next launch (about a second on the
    // real data; meshes too large for the cache were dropped already and are not waited for).
    void finish_caching();

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace corridor
