#include "viewer/map_renderer.h"

#include <algorithm>
#include <cmath>

#include "core/resource_paths.h"
#include "viewer/gl_program.h"
#include "viewer/map_layer_plan.h"
#include "viewer/map_mesh.h"

namespace corridor {
namespace {

constexpr int kFlagsRowWidth = 256;  // must match map_fill.vert

enum Attribute : GLuint { kPosition = 0, kFeatureOrDirection = 1, kColorOrCorner = 2 };

struct BandGpu {
    GLuint vertices = 0, indices = 0;
    std::vector<MeshChunk> chunks;
    std::vector<Range> feature_lines;
};

struct DrawItem {
    DrawItemPlan plan;
    std::vector<BandGpu> bands;
};

struct FlagTexture {
    GLuint texture = 0;
    size_t features = 0;
};

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
    std::vector<DrawItem> items;  // sorted by plan.order
    std::vector<int> layer_visible;  // by layer index: -1 unknown, 0 hidden, 1 shown
    std::vector<FlagTexture> flags;  // by layer index
    std::vector<FeatureRef> last_emphasised;
    int user_layers = 0;
    size_t triangles = 0;
    size_t bytes = 0;

    ~Impl() {
        for (DrawItem& item : items)
            for (BandGpu& b : item.bands) {
                glDeleteBuffers(1, &b.vertices);
                glDeleteBuffers(1, &b.indices);
            }
        for (FlagTexture& f : flags)
            if (f.texture) glDeleteTextures(1, &f.texture);
    }

    void add(const Layer& layer, int index) {
        if (!origin_set && !layer.bounds.empty()) {
            origin = {(layer.bounds.min_x + layer.bounds.max_x) / 2, (layer.bounds.min_y + layer.bounds.max_y) / 2};
            origin_set = true;
        }
        const bool user = layer.role == "user" || (layer.role != "admin" && layer.role != "context" &&
                                                   layer.level == AdminLevel::None);
        std::vector<DrawItemPlan> plans = plan_layer(layer, index, style, user ? user_layers : 0);
        if (user) ++user_layers;
        if (size_t(index) >= layer_visible.size()) layer_visible.resize(index + 1, -1);
        if (layer_visible[index] < 0) layer_visible[index] = plans.empty() || plans[0].visible_by_default;
        for (DrawItemPlan& plan : plans) {
            MeshRequest request{&layer, plan.kind, origin, plan.include, plan.fill_color};
            DrawItem item{std::move(plan), {}};
            for (BandMesh& mesh : build_mesh(request)) item.bands.push_back(upload(mesh));
            if (item.plan.kind == MeshKind::Fill) ensure_flags(index, layer.features.size());
            items.insert(std::upper_bound(items.begin(), items.end(), item.plan.order,
                                          [](int order, const DrawItem& d) { return order < d.plan.order; }),
                         std::move(item));
        }
    }

    BandGpu upload(const BandMesh& mesh) {
        BandGpu gpu;
        gpu.chunks = mesh.chunks;
        gpu.feature_lines = mesh.feature_lines;
        glGenBuffers(1, &gpu.vertices);
        glBindBuffer(GL_ARRAY_BUFFER, gpu.vertices);
        if (!mesh.fill_vertices.empty()) {
            glBufferData(GL_ARRAY_BUFFER, mesh.fill_vertices.size() * sizeof(FillVertex), mesh.fill_vertices.data(), GL_STATIC_DRAW);
            bytes += mesh.fill_vertices.size() * sizeof(FillVertex);
        } else {
            glBufferData(GL_ARRAY_BUFFER, mesh.line_vertices.size() * sizeof(LineVertex), mesh.line_vertices.data(), GL_STATIC_DRAW);
            glGenBuffers(1, &gpu.indices);
            glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices);
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, mesh.line_indices.size() * sizeof(uint32_t), mesh.line_indices.data(), GL_STATIC_DRAW);
            bytes += mesh.line_vertices.size() * sizeof(LineVertex) + mesh.line_indices.size() * sizeof(uint32_t);
        }
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
        return gpu;
    }

    void ensure_flags(int layer, size_t features) {
        if (size_t(layer) >= flags.size()) flags.resize(layer + 1);
        FlagTexture& f = flags[layer];
        if (f.texture) return;
        f.features = features;
        const GLsizei rows = GLsizei(std::max<size_t>(1, (features + kFlagsRowWidth - 1) / kFlagsRowWidth));
        std::vector<uint8_t> zeros(size_t(rows) * kFlagsRowWidth, 0);
        glGenTextures(1, &f.texture);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, f.texture);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, kFlagsRowWidth, rows, 0, GL_RED, GL_UNSIGNED_BYTE, zeros.data());
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
        glBindTexture(GL_TEXTURE_2D, 0);
        glActiveTexture(GL_TEXTURE0);
    }

    // Rewritten only when the emphasised set changes (a new initiative selected).
    void update_flags(const std::vector<FeatureRef>& emphasised) {
        if (emphasised == last_emphasised) return;
        last_emphasised = emphasised;
        glActiveTexture(GL_TEXTURE1);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        for (size_t layer = 0; layer < flags.size(); ++layer) {
            FlagTexture& f = flags[layer];
            if (!f.texture) continue;
            const size_t rows = std::max<size_t>(1, (f.features + kFlagsRowWidth - 1) / kFlagsRowWidth);
            std::vector<uint8_t> data(rows * kFlagsRowWidth, 0);
            for (const FeatureRef& r : emphasised)
                if (r.layer == int(layer) && r.feature >= 0 && size_t(r.feature) < f.features) data[r.feature] = 255;
            glBindTexture(GL_TEXTURE_2D, f.texture);
            glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, kFlagsRowWidth, GLsizei(rows), GL_RED, GL_UNSIGNED_BYTE, data.data());
        }
        glBindTexture(GL_TEXTURE_2D, 0);
        glActiveTexture(GL_TEXTURE0);
    }

    bool visible(int layer) const {
        return layer >= 0 && size_t(layer) < layer_visible.size() && layer_visible[layer] == 1;
    }

    // Draws the chunks that meet `view`, merging neighbours in the buffer into one call.
    void draw_chunks(const BandGpu& band, const Box& view, GLenum what) {
        Range run;
        auto flush = [&] {
            if (!run.count) return;
            if (what == GL_TRIANGLES)
                glDrawArrays(GL_TRIANGLES, GLint(run.first), GLsizei(run.count));
            else
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
        glBindBuffer(GL_ARRAY_BUFFER, band.vertices);
        glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(FillVertex), (const void*)offsetof(FillVertex, x));
        glVertexAttribPointer(kFeatureOrDirection, 1, GL_FLOAT, GL_FALSE, sizeof(FillVertex), (const void*)offsetof(FillVertex, feature));
        glVertexAttribPointer(kColorOrCorner, 4, GL_UNSIGNED_BYTE, GL_TRUE, sizeof(FillVertex), (const void*)offsetof(FillVertex, color));
    }

    void bind_lines(const BandGpu& band) {
        glBindBuffer(GL_ARRAY_BUFFER, band.vertices);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, band.indices);
        glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), (const void*)offsetof(LineVertex, x));
        glVertexAttribPointer(kFeatureOrDirection, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), (const void*)offsetof(LineVertex, dir_x));
        glVertexAttribPointer(kColorOrCorner, 2, GL_FLOAT, GL_FALSE, sizeof(LineVertex), (const void*)offsetof(LineVertex, corner_side));
    }

    // Lines thinner than a pixel would break up without antialiasing: draw them one pixel wide
    // and fainter instead.
    void set_line_style(const LineStyle& s, float scale) {
        const float w = s.width_px * scale;
        glUniform1f(line_program.uniform("u_half_width"), std::max(w, 1.0f) / 2);
        set_color(line_program.uniform("u_color"), s.color, std::min(w, 1.0f));
    }

    const DrawItem* outline_item(const FeatureRef& ref) const {
        for (const DrawItem& item : items)
            if (item.plan.layer == ref.layer && item.plan.kind == MeshKind::Lines) {
                const BandGpu& b = item.bands.front();
                if (size_t(ref.feature) < b.feature_lines.size() && b.feature_lines[ref.feature].count) return &item;
            }
        return nullptr;
    }

    void draw(const Camera& camera, const MapHighlight& hl, float line_scale) {
        triangles = 0;
        const double w = camera.viewport_width(), h = camera.viewport_height(), mpp = camera.meters_per_pixel();
        const float cx = float(camera.center().x - origin.x), cy = float(camera.center().y - origin.y);
        const float sx = float(2 / (w * mpp)), sy = float(2 / (h * mpp));
        const int band = lod_band_for(mpp);
        const Box view = camera.visible_bounds();

        glViewport(0, 0, GLsizei(w), GLsizei(h));
        glClearColor(style.background.r / 255.0f, style.background.g / 255.0f, style.background.b / 255.0f, 1);
        glClear(GL_COLOR_BUFFER_BIT);
        if (items.empty()) return;
        glDisable(GL_DEPTH_TEST);
        glDisable(GL_CULL_FACE);
        glDisable(GL_SCISSOR_TEST);
        glEnable(GL_BLEND);
        glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
        // SFML leaves its client-side arrays enabled; they must not feed our generic attributes.
        glDisableClientState(GL_VERTEX_ARRAY);
        glDisableClientState(GL_COLOR_ARRAY);
        glDisableClientState(GL_TEXTURE_COORD_ARRAY);
        for (GLuint a : {kPosition, kFeatureOrDirection, kColorOrCorner}) glEnableVertexAttribArray(a);
        update_flags(hl.emphasised);

        for (const DrawItem& item : items) {
            if (!visible(item.plan.layer)) continue;
            const BandGpu& b = item.bands[std::min<size_t>(band, item.bands.size() - 1)];
            if (item.plan.kind == MeshKind::Fill) {
                glUseProgram(fill_program.id());
                glUniform2f(fill_program.uniform("u_center"), cx, cy);
                glUniform2f(fill_program.uniform("u_ndc_per_meter"), sx, sy);
                const int layer = item.plan.layer;
                glUniform1f(fill_program.uniform("u_hovered"), hl.hovered.layer == layer ? float(hl.hovered.feature) : -1.0f);
                glUniform1f(fill_program.uniform("u_selected"), hl.selected.layer == layer ? float(hl.selected.feature) : -1.0f);
                set_color(fill_program.uniform("u_hover_tint"), style.hover_tint);
                set_color(fill_program.uniform("u_selected_fill"), style.selected_fill);
                set_color(fill_program.uniform("u_emphasised_fill"), style.emphasised_fill);
                const bool has_flags = size_t(layer) < flags.size() && flags[layer].texture;
                glUniform1i(fill_program.uniform("u_has_flags"), has_flags);
                glUniform1i(fill_program.uniform("u_flags"), 1);
                glActiveTexture(GL_TEXTURE1);
                glBindTexture(GL_TEXTURE_2D, has_flags ? flags[layer].texture : 0);
                glActiveTexture(GL_TEXTURE0);
                bind_fill(b);
                draw_chunks(b, view, GL_TRIANGLES);
            } else {
                use_line_program(cx, cy, sx, sy, w, h);
                set_line_style(item.plan.line, item.plan.kind == MeshKind::Points ? 1.0f : line_scale);
                bind_lines(b);
                draw_chunks(b, view, GL_UNSIGNED_INT);
            }
        }

        // The hovered and the selected feature get their own outline on top of everything.
        for (const FeatureRef& ref : {hl.hovered, hl.selected}) {
            if (!ref.valid() || !visible(ref.layer)) continue;
            const DrawItem* item = outline_item(ref);
            if (!item) continue;
            const BandGpu& b = item->bands[std::min<size_t>(band, item->bands.size() - 1)];
            const Range r = b.feature_lines[ref.feature];
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
        for (GLuint a : {kPosition, kFeatureOrDirection, kColorOrCorner}) glDisableVertexAttribArray(a);
        glBindBuffer(GL_ARRAY_BUFFER, 0);
        glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
        glActiveTexture(GL_TEXTURE1);
        glBindTexture(GL_TEXTURE_2D, 0);
        glActiveTexture(GL_TEXTURE0);
        glUseProgram(0);
    }

    void use_line_program(float cx, float cy, float sx, float sy, double w, double h) {
        glUseProgram(line_program.id());
        glUniform2f(line_program.uniform("u_center"), cx, cy);
        glUniform2f(line_program.uniform("u_ndc_per_meter"), sx, sy);
        glUniform2f(line_program.uniform("u_ndc_per_pixel"), float(2 / w), float(2 / h));
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
    // One origin for every mesh: the middle of all the data, where float precision is best.
    Box all;
    for (const Layer& layer : data.layers) all.expand(layer.bounds);
    if (!all.empty()) impl_->origin = {(all.min_x + all.max_x) / 2, (all.min_y + all.max_y) / 2}, impl_->origin_set = true;
    for (size_t i = 0; i < data.layers.size(); ++i) impl_->add(data.layers[i], int(i));
    return true;
}

void MapRenderer::add_layer(const Layer& layer, int layer_index) { impl_->add(layer, layer_index); }

void MapRenderer::set_layer_visible(int layer_index, bool visible) {
    if (layer_index < 0) return;
    if (size_t(layer_index) >= impl_->layer_visible.size()) impl_->layer_visible.resize(layer_index + 1, -1);
    impl_->layer_visible[layer_index] = visible;
}

bool MapRenderer::layer_visible(int layer_index) const { return impl_->visible(layer_index); }

void MapRenderer::draw(const Camera& camera, const MapHighlight& highlight, float line_scale) {
    impl_->draw(camera, highlight, line_scale);
}

size_t MapRenderer::last_triangle_count() const { return impl_->triangles; }
size_t MapRenderer::gpu_bytes() const { return impl_->bytes; }

}  // namespace corridor
