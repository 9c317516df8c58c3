#pragma once
// Draws the corridors over the map with shaders/corridor_flow.*: constant screen width,
// dashes flowing from the first town to the last, indicative corridors dashed and translucent.
// Raw GL like MapRenderer (same vertex approach); call between pushGLStates/popGLStates.
#include <string>
#include <vector>

#include "core/programme/initiative_model.h"
#include "viewer/map/camera.h"
#include "viewer/map/gl_program.h"
#include "viewer/map/vertex_array.h"

namespace corridor {

class CorridorLayer {
public:
    CorridorLayer() = default;
    ~CorridorLayer();
    CorridorLayer(const CorridorLayer&) = delete;
    CorridorLayer& operator=(const CorridorLayer&) = delete;

    // Compiles the shaders and uploads the lines; false with `error` when a shader fails.
    bool init(const std::vector<Corridor>& corridors, std::string& error);
    // `emphasised`: index of the hovered or selected corridor (drawn wider), or -1.
    void draw(const Camera& camera, double time, int emphasised, float scale);
    // The window was made anew (fullscreen): draw in its context from now on (vertex_array.h).
    void adopt_current_context();

private:
    struct Range {
        int first = 0, count = 0;
        bool indicative = false, context = false;
    };
    GlProgram program_;
    GLuint buffer_ = 0;
    VertexArray layout_;
    const void* home_context_ = nullptr;  // current at init()
    std::vector<Range> ranges_;
    double origin_x_ = 0, origin_y_ = 0;
};

}  // namespace corridor
