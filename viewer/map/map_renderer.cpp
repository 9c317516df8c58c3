#include "viewer/map/map_renderer.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <functional>
#include <mutex>
#include <optional>
#include <string_view>
#include <thread>
#include <type_traits>

#include "core/base/free_memory.h"
#include "core/base/parallel_for.h"
#include "core/base/resource_paths.h"
#include "core/cache/geodata_cache.h"
#include "core/cartography/label_rules.h"
#include "viewer/map/admin_edges.h"
#include "viewer/map/band_worker.h"
#include "viewer/map/feature_flags.h"
#include "viewer/map/gl_program.h"
#include "viewer/map/map_layer_plan.h"
#include "viewer/map/map_mesh.h"
#include "viewer/map/mesh_cache.h"
#include "viewer/map/vertex_array.h"

namespace corridor {
namespace {


enum Attribute : GLuint { kPosition = 0, kFeatureOrDirection = 1, kColorOrCorner = 2 };
constexpr std::initializer_list<GLuint> kAttributes = {kPosition, kFeatureOrDirection, kColorOrCorner};

// Bands 0..2 (1600 m/px and coarser: the whole corridor on a laptop screen) are built before
// the first frame; finer ones on a worker thread and uploaded as they arrive (until then the
// finest band ready is drawn).
constexpr int kSyncBands = 3;

struct BandGpu {
    bool ready = false;
    GLuint fill_vertices = 0, fill_indices = 0, line_vertices = 0, line_indices = 0;
    mutable VertexArray fill_layout, line_layout;  // made at the first draw (vertex_array.h)
    std::vector<MeshChunk> chunks;
    std::vector<Range> feature_lines;
    // A level read from the cache and not drawn yet: its arrays, in the entry's mapping
    // (Impl::cached_entry), uploaded when a frame first draws it.
    std::optional<BandMeshView> in_cache;
    // A level a first start built finer than any frame has drawn: written to the mesh entry
    // being made, and not uploaded; it comes back from the entry once that is in place.
    bool in_file = false;
};

struct DrawItem {
    DrawItemPlan plan;
    size_t feature_count = 0;            // of its layer
    std::unique_ptr<MeshBuild> build;    // null when the meshes came from the cache
    std::vector<BandGpu> bands;
    int cache_slot = -1;                 // in the mesh cache's entry; -1: not kept
};

// What a layer draws as, planned from the app's data: the cache key is made from every planned
// item first, and only a miss works the meshes out.
struct PlannedItem {
    const Layer* source;
    DrawItemPlan plan;
    bool user = false;
    std::vector<int> coarser;  // a network split by these coarser admin layers (admin_edges.h)
};

// An item to build: a planned one, or one part of its network.
struct ItemToBuild {
    const Layer* layer;
    DrawItemPlan plan;
    bool user = false;
    std::unique_ptr<OGRMultiLineString> network;
};

// An item whose CPU work is done (mesh plan, coarse bands), waiting for the GL thread to upload it.
struct PreparedItem {
    std::unique_ptr<DrawItem> item;
    std::vector<BandMesh> coarse;
};


// The builder and the worker read the app's layers where they lie, not a copy (on a 2 M-vertex
// boundary set the copies were 90 MB, the largest part of a first start's memory peak): the
// app's vector of layers may grow meanwhile, which moves each Layer but not its features.
static_assert(std::is_nothrow_move_constructible_v<Layer>, "a growing vector of layers must move, not copy, them");

// The vertex layouts of fills and lines, from the buffer bound now.
void point_fill_attributes() {
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(FillVertex), (const void*)offsetof(FillVertex, x));
    glVertexAttribPointer(kFeatureOrDirection, 1, GL_FLOAT, GL_FALSE, sizeof(FillVertex), (const void*)offsetof(FillVertex, feature));
    glVertexAttribPointer(kColorOrCorner, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(FillVertex), (const void*)offsetof(FillVertex, color));
}

void point_line_attributes() {
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), (const void*)offsetof(LineVertex, x));
    glVertexAttribPointer(kFeatureOrDirection, 2, GL_SHORT, GL_TRUE, sizeof(LineVertex), (const void*)offsetof(LineVertex, dir_x));
    glVertexAttribPointer(kColorOrCorner, 2, GL_BYTE, GL_FALSE, sizeof(LineVertex), (const void*)offsetof(LineVertex, corner_side));
}

template <class T>
std::string_view bytes_of(const ArrayView<T>& a) { return {a.bytes, a.byte_size()}; }

void set_color(GLint location, Rgba c, float alpha_scale = 1) {
    glUniform4f(location, c.r / 255.0f, c.g / 255.0f, c.b / 255.0f, c.a / 255.0f * alpha_scale);
}

}  // namespace

struct MapRenderer::Impl {
    MapStyle style;
    bool style_set = false;
    MapPoint origin;
    bool origin_set = false;
    GlProgram fill_program, line_program;
    const void* home_context = nullptr;  // the GL context current at init(), where the meshes keep VAOs
    std::vector<std::unique_ptr<DrawItem>> items;  // sorted by plan.order
    std::vector<int> default_visible;  // by layer index: -1 not planned, else the style's choice
    FeatureFlags flags;  // emphasis per feature of each filled layer
    int user_layers = 0;
    std::vector<std::optional<Rgba>> user_colours;  // by layer index
    size_t triangles = 0;
    size_t bytes = 0;
    std::optional<GeodataCacheOptions> cache;  // use_cache(); unset: meshes are always built
    // A warm start's mesh entry, mapped, while levels of it are not uploaded: a level goes to
    // the GPU when a frame first draws it (a view of the whole corridor draws the coarse
    // ones), so the GPU holds the levels the user has looked at, not all of them.
    std::optional<CacheEntryBytes> cached_entry;
    size_t cached_left = 0;  // levels still only in it
    // A miss's entry: each level is written as it is built, from the first one on (each held
    // till the builder had planned every item was 28 MB at the stress pack's memory peak).
    std::unique_ptr<MeshCacheWriter> writer;
    std::optional<MeshCacheKey> mesh_key;  // of that entry, to read it back
    // The finest band a frame has asked for. A first start uploads the levels up to it as the
    // worker builds them, and leaves the finer ones in the entry (BandGpu::in_file) until a
    // frame draws them, as a warm start does.
    std::optional<int> finest_drawn;
    size_t in_file_count = 0;

    // build_in_background(): init() prepares the items on a thread of its own; draw() uploads
    // each one as it comes, so the window keeps drawing and the map fills in layer by layer.
    bool in_background = false;
    std::thread builder;
    std::atomic<bool> stop_builder{false};
    std::atomic<size_t> planned_done{0};  // planned items prepared, for the progress bar
    size_t planned_count = 0;
    mutable std::mutex built_mutex;  // guards the three below
    std::vector<PreparedItem> built_items;  // prepared, not uploaded yet
    std::optional<ItemMeshes> built_entry;  // set when the builder has finished every item
    std::string builder_error;
    Diagnostics problems;  // the builder's error, for take_problems()
    std::vector<BandWorker::Done> unclaimed;  // finer levels whose item is not installed yet

    BandWorker worker;  // declared last: stops before the items it reads go away

    ~Impl() {
        stop_builder = true;
        if (builder.joinable()) builder.join();
        for (auto& item : items)
            for (BandGpu& b : item->bands)
                for (GLuint buffer : {b.fill_vertices, b.fill_indices, b.line_vertices, b.line_indices})
                    if (buffer) glDeleteBuffers(1, &buffer);
    }

    // What one layer draws as. `data`: the app's data, for an admin layer's coarser layers
    // (null for a user's file added later).
    std::vector<PlannedItem> plan_items(const Layer& source, int index, const Geodata* data = nullptr) {
        if (!origin_set && !source.bounds.empty()) {
            origin = {(source.bounds.min_x + source.bounds.max_x) / 2, (source.bounds.min_y + source.bounds.max_y) / 2};
            origin_set = true;
        }
        const bool user = source.role != "admin" && source.role != "context" && source.role != "places";
        std::vector<DrawItemPlan> plans = plan_layer(source, index, style, user ? user_layers : 0);
        if (size_t(index) >= user_colours.size()) user_colours.resize(index + 1);
        if (user) user_colours[index] = user_layer_colour(style, user_layers++);
        if (size_t(index) >= default_visible.size()) default_visible.resize(index + 1, -1);
        default_visible[index] = plans.empty() || plans[0].visible_by_default;
        std::vector<PlannedItem> out;
        for (DrawItemPlan& plan : plans) {
            std::vector<int> coarser;
            if (data && plan.kind == MeshKind::Lines && plan.network) coarser = coarser_admin_layers(*data, index);
            out.push_back({&source, std::move(plan), user, std::move(coarser)});
        }
        return out;
    }

    MeshRequest request_for(const Layer* layer, const DrawItemPlan& plan) const {
        return {layer, plan.kind, origin, plan.include, plan.fill_color, plan.network, plan.outlines, plan.tolerance_scale};
    }

    // Every item of every layer; from the cache when it holds their meshes, else built, and
    // then kept there once the worker has built the last level of detail.
    void add_all(const std::vector<PlannedItem>& planned, const Geodata& data, Diagnostics& diag) {
        std::optional<MeshCacheKey> key;
        if (cache) {
            key.emplace(cache_program_identity(*cache), origin);
            for (const PlannedItem& p : planned) {
                std::vector<const Layer*> coarser;
                for (int c : p.coarser) coarser.push_back(&data.layers[size_t(c)]);
                key->add_item(request_for(p.source, p.plan), coarser);
            }
            if (std::optional<CachedMeshes> meshes = read_cached_meshes(cache_store(*cache), *key, diag)) {
                // The checksum read every page of the entry; each is read again as its mesh is
                // uploaded and let go after, so the entry is not all held beside the GPU's copy
                // (the stress pack's: 130 MB).
                meshes->bytes.release(meshes->bytes.payload());
                cached_entry = std::move(meshes->bytes);
                // Counted before any is uploaded, so that the entry stays until the last one is.
                for (const CachedItemView& m : meshes->items) cached_left += m.bands.size();
                for (const CachedItemView& m : meshes->items) {
                    const PlannedItem& p = planned[size_t(m.planned)];
                    add_cached_item(m.part == CachedItem::kWhole ? p.plan : network_part_plan(p.plan, m.part, p.coarser),
                                    p.source->features.size(), m.bands);
                }
                if (!cached_left) cached_entry.reset();
                return;
            }
            writer = std::make_unique<MeshCacheWriter>(cache_store(*cache), key->text(), cache->max_bytes / 2);
            mesh_key = std::move(key);
        }
        if (!in_background) {
            finish_writer(prepare_all(planned, data, [this](PreparedItem p) { install_item(std::move(p)); }));
            return;
        }
        // The builder reads the app's data until it is done (preparing() tells the app so).
        planned_count = planned.size();
        {
            std::lock_guard lock(built_mutex);
            built_entry.reset();
        }
        builder = std::thread([this, planned, &data] {
            ItemMeshes entry;
            std::string error;
            try {
                entry = prepare_all(planned, data, [this](PreparedItem p) {
                    std::lock_guard lock(built_mutex);
                    built_items.push_back(std::move(p));
                });
            } catch (const std::exception& e) {
                error = e.what();
                stop_builder = true;  // nothing more is built, and no partial entry is kept
            }
            std::lock_guard lock(built_mutex);
            built_entry = std::move(entry);
            builder_error = std::move(error);
        });
    }

    // A miss: the admin networks split, every item
    // prepared in plan order and handed to `take`. Returns the cache entry's outline: each
    // item's planned item, part and number of levels. Touches no GL: safe on any thread.
    ItemMeshes prepare_all(const std::vector<PlannedItem>& planned, const Geodata& data,
                           const std::function<void(PreparedItem)>& take) {
        std::optional<AdminEdges> edges;
        ItemMeshes entry;
        for (size_t k = 0; k < planned.size() && !stop_builder; ++k) {
            const PlannedItem& p = planned[k];
            const Layer* layer = p.source;
            std::vector<NetworkPart> parts;
            if (!p.coarser.empty()) {
                if (!edges) edges.emplace(data);
                parts = split_by_coarser(p.plan, *layer, p.coarser, *edges);
                // Its edge sets were the largest passing job of the build (tens of MB on the stress pack).
                release_free_memory();
            }
            auto prepared = [&](ItemToBuild item, int32_t part) {
                PreparedItem ready = prepare_item(std::move(item), int(entry.size()));
                entry.push_back({int32_t(k), part, std::vector<BandMesh>(size_t(ready.item->build->band_count))});
                take(std::move(ready));
            };
            for (NetworkPart& part : parts) prepared({layer, std::move(part.plan), p.user, std::move(part.lines)}, int32_t(part.part));
            if (parts.empty()) prepared({layer, p.plan, p.user, nullptr}, CachedItem::kWhole);
            ++planned_done;
        }
        return entry;
    }

    // Once every item of init() is planned: the writer learns them, and completes the entry
    // when their last level is in. A builder that failed keeps no partial entry.
    void finish_writer(const ItemMeshes& entry) {
        if (!writer) return;
        if (stop_builder) writer.reset();
        else writer->set_items(entry);
    }

    // Items the builder has prepared since the last call, uploaded in the order they came;
    // with `wait`, the builder is waited for first. The writer learns the items after the last.
    void install_built(bool wait) {
        if (wait && builder.joinable()) builder.join();
        std::vector<PreparedItem> arrived;
        std::optional<ItemMeshes> entry;
        {
            std::lock_guard lock(built_mutex);
            arrived.swap(built_items);
            entry = std::exchange(built_entry, std::nullopt);
            if (!builder_error.empty())
                problems.error("map meshes", "", "cannot build the map's meshes: " + std::exchange(builder_error, {}));
        }
        for (PreparedItem& p : arrived) install_item(std::move(p));
        if (!entry) return;
        if (builder.joinable()) builder.join();  // it has finished: the entry is its last act
        finish_writer(*entry);
    }

    bool preparing() const {
        std::lock_guard lock(built_mutex);
        return builder.joinable() || !built_items.empty() || built_entry;
    }

    // Takes the mesh, so that it is let go as soon as it is written.
    void writer_put(int slot, int band, BandMesh mesh) {
        if (slot >= 0 && writer) writer->put(slot, band, mesh);
    }

    void add_cached_item(DrawItemPlan plan, size_t feature_count, const std::vector<BandMeshView>& bands) {
        auto item = std::make_unique<DrawItem>();
        plan.include = nullptr, plan.fill_color = nullptr;  // nothing is built from it
        item->plan = std::move(plan);
        item->feature_count = feature_count;
        item->bands.resize(bands.size());
        for (size_t b = 0; b < bands.size(); ++b) item->bands[b].in_cache = bands[b];
        upload_cached(item->bands.front());  // the coarsest, small; outline_item() reads it
        insert(std::move(item));
    }

    // The CPU half of an item: its mesh plan and its coarse bands, its finer ones queued on the
    // worker; no GL, so any thread. `cache_slot`: where the cache writer keeps its meshes (-1:
    // not kept).
    PreparedItem prepare_item(ItemToBuild p, int cache_slot) {
        PreparedItem out{std::make_unique<DrawItem>(), {}};
        DrawItem& item = *out.item;
        const MeshRequest request = request_for(p.layer, p.plan);
        item.plan = std::move(p.plan);
        item.feature_count = p.layer->features.size();
        item.cache_slot = cache_slot;
        item.build = std::make_unique<MeshBuild>(prepare_mesh(request, std::move(p.network)));
        item.bands.resize(item.build->band_count);
        // User layers are small: all their bands now. Built-in ones: coarse now, fine later.
        const int sync = p.user ? item.build->band_count : std::min(kSyncBands, item.build->band_count);
        // The bands are built side by side (one per core).
        out.coarse.resize(size_t(sync));
        parallel_for(size_t(sync), [&](size_t b) { out.coarse[b] = build_band(*item.build, int(b)); }, 1);
        // Queued now, not once the item is installed: while a first start's first frames keep
        // the UI thread compiling shaders, the worker would otherwise wait for them with the
        // builder done and a core idle (some 50 ms of the real pack's first start).
        if (sync < item.build->band_count) worker.add(item.build.get(), sync);
        return out;
    }

    // The GL half: uploads the coarse bands, and draws the item from now on.
    void install_item(PreparedItem p) {
        DrawItem& item = *p.item;
        for (size_t b = 0; b < p.coarse.size(); ++b) {
            upload(item.bands[b], view_of(p.coarse[b]));
            writer_put(item.cache_slot, int(b), std::move(p.coarse[b]));
        }
        insert(std::move(p.item));
    }

    void insert(std::unique_ptr<DrawItem> item) {
        const int order = item->plan.order;
        items.insert(std::upper_bound(items.begin(), items.end(), order,
                                      [](int o, const std::unique_ptr<DrawItem>& d) { return o < d->plan.order; }),
                     std::move(item));
    }

    GLuint buffer(GLenum target, const void* data, size_t size) {
        // Not into a mesh's VAO: binding an index buffer would replace the one it keeps.
        glBindVertexArray(0);
        GLuint id = 0;
        glGenBuffers(1, &id);
        glBindBuffer(target, id);
        glBufferData(target, GLsizeiptr(size), data, GL_STATIC_DRAW);
        glBindBuffer(target, 0);
        bytes += size;
        return id;
    }

    // Uploads a level still only in the cache entry, and lets its pages go; the entry itself
    // goes after its last level.
    void upload_cached(BandGpu& gpu) {
        if (!gpu.in_cache) return;
        const BandMeshView mesh = *std::exchange(gpu.in_cache, std::nullopt);
        upload(gpu, mesh);
        for (std::string_view uploaded : {bytes_of(mesh.fill_vertices), bytes_of(mesh.fill_indices),
                                          bytes_of(mesh.line_vertices), bytes_of(mesh.line_indices)})
            cached_entry->release(uploaded);
        if (--cached_left == 0) cached_entry.reset();
    }

    void upload(BandGpu& gpu, const BandMeshView& mesh) {
        gpu.chunks = mesh.chunks.to_vector();
        gpu.feature_lines = mesh.feature_lines.to_vector();
        if (mesh.fill_vertices.count > 0) {
            gpu.fill_vertices = buffer(GL_ARRAY_BUFFER, mesh.fill_vertices.bytes, mesh.fill_vertices.byte_size());
            gpu.fill_indices = buffer(GL_ELEMENT_ARRAY_BUFFER, mesh.fill_indices.bytes, mesh.fill_indices.byte_size());
        }
        if (mesh.line_vertices.count > 0) {
            gpu.line_vertices = buffer(GL_ARRAY_BUFFER, mesh.line_vertices.bytes, mesh.line_vertices.byte_size());
            gpu.line_indices = buffer(GL_ELEMENT_ARRAY_BUFFER, mesh.line_indices.bytes, mesh.line_indices.byte_size());
        }
        gpu.ready = true;
    }

    void finish_caching() {
        install_built(true);
        auto write = [this](DrawItem& item, BandWorker::Done& d) { writer_put(item.cache_slot, d.band, std::move(d.mesh)); };
        claim_finished({}, write);  // levels that came before their item
        while (writer && writer->collecting() && worker.busy()) {
            claim_finished(worker.take(false), write);
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
        }
        if (writer) writer->finish();
    }

    // Levels the worker finished, each handed to `place` with its item. One whose item the
    // builder has not handed over yet (its finer levels are queued as soon as it is prepared)
    // waits in `unclaimed` for it.
    template <class Place>
    void claim_finished(std::vector<BandWorker::Done> done, Place place) {
        for (BandWorker::Done& d : std::exchange(unclaimed, {})) done.push_back(std::move(d));
        for (BandWorker::Done& d : done) {
            auto item = std::find_if(items.begin(), items.end(), [&](const auto& i) { return i->build.get() == d.build; });
            if (item == items.end()) unclaimed.push_back(std::move(d));
            else place(**item, d);
        }
    }

    // Finer bands the worker finished: a few per frame, so no frame uploads them all. With
    // `wait`, every level is waited for and uploaded, the ones in the cache too.
    void upload_finished(bool wait) {
        install_built(wait);
        take_finished(wait);
        if (settle_written(wait) && wait) take_finished(true);
        if (wait)
            for (auto& item : items)
                for (BandGpu& b : item->bands) upload_cached(b);
    }

    void take_finished(bool wait) {
        claim_finished(worker.take(wait), [this](DrawItem& item, BandWorker::Done& d) { place_finished(item, d.band, std::move(d.mesh)); });
    }

    // A level from the worker: uploaded, unless it is finer than any frame has drawn and the
    // mesh entry takes it; then only written there (on the stress pack, the GPU's copies of
    // levels no frame had drawn were most of a first start's memory peak).
    void place_finished(DrawItem& item, int band, BandMesh mesh) {
        BandGpu& gpu = item.bands[size_t(band)];
        const bool written = item.cache_slot >= 0 && writer && writer->put(item.cache_slot, band, mesh);
        if (written && finest_drawn && band > *finest_drawn) {
            gpu.in_file = true;
            ++in_file_count;
            return;
        }
        upload(gpu, view_of(mesh));
    }

    // Levels left in the entry: once it is in place, read from there like a warm start's (its
    // pages let go as each is uploaded); if it was dropped, built again. True when some were
    // queued again. With `wait`, the entry's completion is waited for.
    bool settle_written(bool wait) {
        if (!in_file_count) return false;
        if (wait && writer) writer->finish();
        const auto outcome = writer ? writer->outcome() : MeshCacheWriter::Outcome::dropped;
        if (outcome == MeshCacheWriter::Outcome::pending) return false;
        std::optional<CachedMeshes> meshes;
        if (outcome == MeshCacheWriter::Outcome::kept && mesh_key && !cached_entry)
            meshes = read_cached_meshes(cache_store(*cache), *mesh_key, problems);
        bool queued = false;
        for (auto& item : items)
            for (size_t b = 0; b < item->bands.size(); ++b) {
                BandGpu& gpu = item->bands[b];
                if (!gpu.in_file) continue;
                gpu.in_file = false;
                const size_t slot = size_t(item->cache_slot);
                if (meshes && slot < meshes->items.size() && b < meshes->items[slot].bands.size()) {
                    gpu.in_cache = meshes->items[slot].bands[b];
                    ++cached_left;
                } else {
                    worker.add(item->build.get(), int(b), int(b) + 1);
                    queued = true;
                }
            }
        in_file_count = 0;
        if (meshes && cached_left) {
            meshes->bytes.release(meshes->bytes.payload());  // its checksum read every page
            cached_entry = std::move(meshes->bytes);
        }
        return queued;
    }

    // Whether a level finer than any frame drew is still to come back from the entry.
    bool awaiting_entry() const {
        return in_file_count > 0 && writer && writer->outcome() == MeshCacheWriter::Outcome::pending;
    }

    // The band the scale asks for, within the item's levels (points have one).
    static int wanted_band(const DrawItem& item, int band) { return std::min<int>(band, int(item.bands.size()) - 1); }

    // The band to draw: the one the scale asks for (uploaded now if it is still only in the
    // cache entry), or the finest coarser one ready.
    const BandGpu* band_for(DrawItem& item, int wanted) {
        for (int b = wanted_band(item, wanted); b >= 0; --b) {
            upload_cached(item.bands[b]);
            if (item.bands[b].ready) return &item.bands[b];
        }
        return nullptr;
    }

    bool visible(int layer, const LayerVisibility& layers) const {
        return layer >= 0 && size_t(layer) < default_visible.size() && default_visible[layer] >= 0 &&
               layers.shown(layer);
    }

    bool drawn(const DrawItemPlan& plan, const LayerVisibility& layers) const {
        if (!visible(plan.layer, layers)) return false;
        for (int coarser : plan.hidden_while_shown)
            if (visible(coarser, layers)) return false;
        return true;
    }

    // Whether draw() draws the item at all (a hidden one's levels stay where they are).
    bool draws(const DrawItem& item, const LayerVisibility& layers, double zoom) const {
        return !item.bands.empty() && drawn(item.plan, layers) && zoom >= item.plan.min_zoom;
    }

    // Whether draw() with this camera finds, for every item it draws, the level its scale asks
    // for: uploaded, or in the cache entry (uploaded as it is drawn). Not while items are still
    // being prepared, nor while a wanted level is still with the worker.
    bool detail_ready(const Camera& camera, const LayerVisibility& layers) const {
        if (preparing()) return false;
        const double mpp = camera.meters_per_pixel();
        const int band = lod_band_for(mpp);
        const double zoom = web_zoom_from_scale(mpp);
        for (const auto& item : items) {
            if (!draws(*item, layers, zoom)) continue;
            const BandGpu& wanted = item->bands[size_t(wanted_band(*item, band))];
            if (!wanted.ready && !wanted.in_cache) return false;
        }
        return true;
    }

    // Uploads levels as the worker finishes them until detail_ready(), or until nothing more is
    // coming (a failed build leaves a level out).
    void finish_detail(const Camera& camera, const LayerVisibility& layers) {
        for (;;) {
            upload_finished(false);
            if (detail_ready(camera, layers) || !(worker.busy() || preparing() || awaiting_entry())) return;
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        }
    }

    // Draws the chunks that meet `view`, merging neighbours in the buffer into one call.
    void draw_chunks(const BandGpu& band, const Box& view) {
        Range run;
        auto flush = [&] {
            if (!run.count) return;
            glDrawElements(GL_TRIANGLES, GLsizei(run.count), GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(uintptr_t(run.first) * sizeof(uint32_t)));
            triangles += run.count / 3;
            run = {};
        };
        for (const MeshChunk& c : band.chunks) {
            if (!c.bounds.intersects(view)) continue;
            if (run.count && run.first + run.count == c.range.first) {
                run.count += c.range.count;
            } else {
                flush();
                run = c.range;
            }
        }
        flush();
    }

    void bind_fill(const BandGpu& band) {
        band.fill_layout.bind(home_context, band.fill_vertices, band.fill_indices, kAttributes, point_fill_attributes);
    }

    void bind_lines(const BandGpu& band) {
        band.line_layout.bind(home_context, band.line_vertices, band.line_indices, kAttributes, point_line_attributes);
    }

    // The window was made anew: its context took the meshes' VAOs with it.
    void adopt_current_context() {
        home_context = VertexArray::current_context();
        for (auto& item : items)
            for (BandGpu& b : item->bands) b.fill_layout.forget(), b.line_layout.forget();
    }

    // Lines thinner than a pixel would break up without antialiasing: draw them one pixel wide
    // and fainter instead.
    void set_line_style(const LineStyle& s, float scale) {
        const float w = s.width_px * scale;
        glUniform1f(line_program.uniform("u_half_width"), std::max(w, 1.0f) / 2);
        set_color(line_program.uniform("u_color"), s.color, std::min(w, 1.0f));
    }

    // The mesh holding the feature's own rings (a fill with outlines, or a user layer's lines).
    DrawItem* outline_item(const FeatureRef& ref) const {
        for (const auto& item : items) {
            if (item->plan.layer != ref.layer || item->plan.kind == MeshKind::Points) continue;
            const BandGpu& b = item->bands.front();
            if (size_t(ref.feature) < b.feature_lines.size() && b.feature_lines[ref.feature].count) return item.get();
        }
        return nullptr;
    }

    void draw(const Camera& camera, const MapHighlight& hl, const LayerVisibility& layers, float line_scale) {
        triangles = 0;
        const double w = camera.viewport_width(), h = camera.viewport_height(), mpp = camera.meters_per_pixel();
        const float cx = float(camera.center().x - origin.x), cy = float(camera.center().y - origin.y);
        const float sx = float(2 / (w * mpp)), sy = float(2 / (h * mpp));
        const int band = lod_band_for(mpp);
        const Box view = camera.visible_bounds();
        const double zoom = web_zoom_from_scale(mpp);

        finest_drawn = std::max(finest_drawn.value_or(band), band);
        upload_finished(false);
        prepare_map_pass(int(w), int(h));
        glClearColor(style.background.r / 255.0f, style.background.g / 255.0f, style.background.b / 255.0f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        if (items.empty()) return;
        flags.update(hl.emphasised);

        for (const auto& item_ptr : items) {
            DrawItem& item = *item_ptr;
            if (!draws(item, layers, zoom)) continue;
            const BandGpu* ready = band_for(item, band);
            if (!ready) continue;
            const BandGpu& b = *ready;
            if (item.plan.kind == MeshKind::Fill) {
                if (!b.fill_indices) continue;
                // Opaque fills skip blending: it would read every covered pixel back for nothing.
                if (item.plan.opaque) glDisable(GL_BLEND); else glEnable(GL_BLEND);
                glUseProgram(fill_program.id());
                glUniform2f(fill_program.uniform("u_center"), cx, cy);
                glUniform2f(fill_program.uniform("u_ndc_per_meter"), sx, sy);
                const int layer = item.plan.layer;
                glUniform1f(fill_program.uniform("u_hovered"), hl.hovered.layer == layer ? float(hl.hovered.feature) : -1.0f);
                glUniform1f(fill_program.uniform("u_selected"), hl.selected.layer == layer ? float(hl.selected.feature) : -1.0f);
                set_color(fill_program.uniform("u_hover_tint"), style.hover_tint);
                set_color(fill_program.uniform("u_selected_fill"), style.selected_fill);
                set_color(fill_program.uniform("u_emphasised_fill"), style.emphasised_fill);
                glUniform1uiv(fill_program.uniform("u_emphasis_words"), FeatureFlags::kWords, flags.words(layer));
                bind_fill(b);
                draw_chunks(b, view);
            } else {
                if (!b.line_indices) continue;
                glEnable(GL_BLEND);
                use_line_program(cx, cy, sx, sy, w, h);
                LineStyle line = item.plan.line;
                line.width_px = line_width_at(item.plan, zoom);
                set_line_style(line, item.plan.kind == MeshKind::Points ? 1.0f : line_scale);
                bind_lines(b);
                draw_chunks(b, view);
            }
        }

        // The hovered and the selected feature get their own outline on top of everything.
        for (const FeatureRef& ref : {hl.hovered, hl.selected}) {
            if (!ref.valid() || !visible(ref.layer, layers)) continue;
            DrawItem* item = outline_item(ref);
            if (!item) continue;
            const BandGpu* ready = band_for(*item, band);
            if (!ready || size_t(ref.feature) >= ready->feature_lines.size()) continue;
            const BandGpu& b = *ready;
            const Range r = b.feature_lines[ref.feature];
            glEnable(GL_BLEND);
            use_line_program(cx, cy, sx, sy, w, h);
            LineStyle outline = style.selected_outline;
            if (!(ref == hl.selected)) outline.color = Rgba{255, 255, 255, 200}, outline.width_px *= 0.7f;
            set_line_style(outline, line_scale);
            bind_lines(b);
            glDrawElements(GL_TRIANGLES, GLsizei(r.count), GL_UNSIGNED_INT,
                           reinterpret_cast<const void*>(uintptr_t(r.first) * sizeof(uint32_t)));
            triangles += r.count / 3;
        }

        // Leave the GL as SFML expects it (popGLStates restores the rest).
        VertexArray::unbind(kAttributes);
        glUseProgram(0);
    }

    void use_line_program(float cx, float cy, float sx, float sy, double w, double h) {
        glUseProgram(line_program.id());
        glUniform2f(line_program.uniform("u_center"), cx, cy);
        glUniform2f(line_program.uniform("u_ndc_per_meter"), sx, sy);
        glUniform2f(line_program.uniform("u_ndc_per_pixel"), float(2 / w), float(2 / h));
        glUniform1f(line_program.uniform("u_direction_range"), kLineDirectionRange);
    }
};

MapRenderer::MapRenderer() : impl_(std::make_unique<Impl>()) {}
MapRenderer::~MapRenderer() = default;

void MapRenderer::set_style(const MapStyle& style) {
    impl_->style = style;
    impl_->style_set = true;
}

const MapStyle& MapRenderer::style() const { return impl_->style; }

bool MapRenderer::init(const Geodata& data, Diagnostics& diag) {
    if (!impl_->style_set) impl_->style = load_map_style(project_geodata_path("styles/map_style.json"), diag);
    std::string error;
    if (!impl_->fill_program.load(shader_path("map_fill.vert"), shader_path("map_fill.frag"),
                                  {{kPosition, "a_position"}, {kFeatureOrDirection, "a_feature"}, {kColorOrCorner, "a_color"}},
                                  error) ||
        !impl_->line_program.load(shader_path("map_line.vert"), shader_path("map_line.frag"),
                                  {{kPosition, "a_position"}, {kFeatureOrDirection, "a_direction"}, {kColorOrCorner, "a_corner"}},
                                  error)) {
        diag.error(error.substr(0, error.find(':')), "", error.substr(error.find(':') + 2));
        return false;
    }
    impl_->home_context = VertexArray::current_context();
    // One origin for every mesh: the middle of all the data, where float precision is best.
    Box all;
    for (const Layer& layer : data.layers) all.expand(layer.bounds);
    if (!all.empty()) impl_->origin = {(all.min_x + all.max_x) / 2, (all.min_y + all.max_y) / 2}, impl_->origin_set = true;
    std::vector<PlannedItem> planned;
    for (size_t i = 0; i < data.layers.size(); ++i)
        for (PlannedItem& p : impl_->plan_items(data.layers[i], int(i), &data)) planned.push_back(std::move(p));
    impl_->add_all(planned, data, diag);
    return true;
}

void MapRenderer::use_cache(const GeodataCacheOptions& options) {
    if (options.enabled) impl_->cache = options;
}

void MapRenderer::add_layer(const Layer& layer, int layer_index) {
    for (PlannedItem& p : impl_->plan_items(layer, layer_index))
        impl_->install_item(impl_->prepare_item({&layer, std::move(p.plan), p.user, nullptr}, -1));
}

std::optional<Rgba> MapRenderer::user_colour(int layer_index) const {
    const auto& c = impl_->user_colours;
    return layer_index >= 0 && size_t(layer_index) < c.size() ? c[layer_index] : std::nullopt;
}

bool MapRenderer::visible_by_default(int layer_index) const {
    const auto& d = impl_->default_visible;
    return layer_index >= 0 && size_t(layer_index) < d.size() && d[layer_index] == 1;
}

LayerVisibility MapRenderer::default_visibility() const {
    LayerVisibility out;
    for (size_t i = 0; i < impl_->default_visible.size(); ++i)
        if (impl_->default_visible[i] >= 0) out.set_default(int(i), impl_->default_visible[i] == 1);
    return out;
}

void MapRenderer::draw(const Camera& camera, const MapHighlight& highlight, const LayerVisibility& layers,
                       float line_scale) {
    impl_->draw(camera, highlight, layers, line_scale);
}

bool MapRenderer::detail_ready(const Camera& camera, const LayerVisibility& layers) const {
    return impl_->detail_ready(camera, layers);
}

void MapRenderer::finish_detail(const Camera& camera, const LayerVisibility& layers) {
    impl_->finish_detail(camera, layers);
}

void MapRenderer::adopt_current_context() { impl_->adopt_current_context(); }

bool MapRenderer::has_items() const { return !impl_->items.empty(); }

size_t MapRenderer::last_triangle_count() const { return impl_->triangles; }
size_t MapRenderer::gpu_bytes() const { return impl_->bytes; }
bool MapRenderer::loading() const { return impl_->worker.busy() || impl_->preparing() || impl_->awaiting_entry(); }
void MapRenderer::build_in_background(bool on) { impl_->in_background = on; }
bool MapRenderer::preparing() const { return impl_->preparing(); }
float MapRenderer::prepared_fraction() const {
    return impl_->planned_count ? float(impl_->planned_done) / float(impl_->planned_count) : 1.0f;
}
Diagnostics MapRenderer::take_problems() { return std::exchange(impl_->problems, {}); }
void MapRenderer::finish_loading() { impl_->upload_finished(true); }
void MapRenderer::finish_caching() { impl_->finish_caching(); }

}  // namespace corridor
