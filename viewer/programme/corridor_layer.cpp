#include "viewer/programme/corridor_layer.h"

#include <cmath>
#include <cstddef>

#include "core/project/projection.h"
#include "core/base/resource_paths.h"

namespace corridor {

namespace {

enum : GLuint { kPosition = 0, kDirection = 1, kCorner = 2, kDistance = 3 };

struct Vertex {
    float x, y, dir_x, dir_y, side, end, distance;
};

constexpr std::initializer_list<GLuint> kAttributes = {kPosition, kDirection, kCorner, kDistance};

void point_attributes() {
    glVertexAttribPointer(kPosition, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), (const void*)offsetof(Vertex, x));
    glVertexAttribPointer(kDirection, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), (const void*)offsetof(Vertex, dir_x));
    glVertexAttribPointer(kCorner, 2, GL_FLOAT, GL_FALSE, sizeof(Vertex), (const void*)offsetof(Vertex, side));
    glVertexAttribPointer(kDistance, 1, GL_FLOAT, GL_FALSE, sizeof(Vertex), (const void*)offsetof(Vertex, distance));
}

}  // namespace

CorridorLayer::~CorridorLayer() {
    if (buffer_) glDeleteBuffers(1, &buffer_);
}

bool CorridorLayer::init(const std::vector<Corridor>& corridors, std::string& error) {
    if (!program_.load(shader_path("corridor_flow.vert"), shader_path("corridor_flow.frag"),
                       {{kPosition, "a_position"}, {kDirection, "a_direction"}, {kCorner, "a_corner"}, {kDistance, "a_distance"}},
                       error))
        return false;
    std::vector<Vertex> v;
    for (const Corridor& c : corridors) {
        std::vector<MapPoint> pts;
        for (const LonLat& p : c.line()) pts.push_back(lonlat_to_mercator(p));
        if (pts.empty()) continue;
        if (v.empty()) origin_x_ = pts[0].x, origin_y_ = pts[0].y;
        Range r{int(v.size()), 0, c.indicative, c.context};
        double along = 0;
        for (size_t i = 0; i + 1 < pts.size(); ++i) {
            double dx = pts[i + 1].x - pts[i].x, dy = pts[i + 1].y - pts[i].y, len = std::hypot(dx, dy);
            if (len <= 0) continue;
            float ux = float(dx / len), uy = float(dy / len);
            auto corner = [&](int end, float side) {
                const MapPoint& p = end ? pts[i + 1] : pts[i];
                v.push_back({float(p.x - origin_x_), float(p.y - origin_y_), ux, uy, side, end ? 1.0f : -1.0f,
                             float(along + (end ? len : 0))});
            };
            // Two triangles per segment; the ends overlap by half a width (round-ish joins).
            corner(0, -1), corner(0, 1), corner(1, 1);
            corner(0, -1), corner(1, 1), corner(1, -1);
            along += len;
        }
        r.count = int(v.size()) - r.first;
        ranges_.push_back(r);
    }
    glGenBuffers(1, &buffer_);
    glBindBuffer(GL_ARRAY_BUFFER, buffer_);
    glBufferData(GL_ARRAY_BUFFER, GLsizeiptr(v.size() * sizeof(Vertex)), v.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    home_context_ = VertexArray::current_context();
    return true;
}

void CorridorLayer::adopt_current_context() {
    home_context_ = VertexArray::current_context();
    layout_.forget();
}

void CorridorLayer::draw(const Camera& camera, double time, int emphasised, float scale) {
    if (!buffer_ || ranges_.empty()) return;
    const double w = camera.viewport_width(), h = camera.viewport_height(), mpp = camera.meters_per_pixel();
    prepare_map_pass(int(w), int(h));
    glUseProgram(program_.id());
    glUniform2f(program_.uniform("u_center"), float(camera.center().x - origin_x_), float(camera.center().y - origin_y_));
    glUniform2f(program_.uniform("u_ndc_per_meter"), float(2 / (w * mpp)), float(2 / (h * mpp)));
    glUniform2f(program_.uniform("u_ndc_per_pixel"), float(2 / w), float(2 / h));
    glUniform1f(program_.uniform("u_pixels_per_meter"), float(1 / mpp));
    glUniform1f(program_.uniform("u_time"), float(std::fmod(time, 3600.0)));
    layout_.bind(home_context_, buffer_, 0, kAttributes, point_attributes);
    for (size_t i = 0; i < ranges_.size(); ++i) {
        const Range& r = ranges_[i];
        const bool hot = int(i) == emphasised;
        // A white casing under each line keeps it legible over any fill colour.
        for (int pass = 0; pass < 2; ++pass) {
            float half = (pass == 0 ? 4.5f : 3.0f) * scale * (hot ? 1.4f : 1.0f);
            glUniform1f(program_.uniform("u_half_width"), half);
            glUniform1i(program_.uniform("u_indicative"), r.indicative && pass == 1);
            if (pass == 0) {
                float a = r.indicative ? 0.45f : 0.9f;
                glUniform4f(program_.uniform("u_color"), 1, 1, 1, a);
                glUniform4f(program_.uniform("u_flow_color"), 1, 1, 1, a);
            } else if (r.indicative) {
                glUniform4f(program_.uniform("u_color"), 0.55f, 0.35f, 0.05f, 0.8f);
            } else {
                glUniform4f(program_.uniform("u_color"), 0.58f, 0.16f, 0.12f, 1);
                glUniform4f(program_.uniform("u_flow_color"), 1.0f, 0.78f, 0.3f, 1);
            }
            glDrawArrays(GL_TRIANGLES, r.first, r.count);
        }
    }
    VertexArray::unbind(kAttributes);
    glUseProgram(0);
}

}  // namespace corridor
