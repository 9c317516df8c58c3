#pragma once
// A GLSL program from two shader files, with attribute locations fixed before linking so
// vertex layouts can be set up without lookups. Raw GL: SFML's sf::Shader cannot bind the
// custom vertex attributes the map meshes need.
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace corridor {

class GlProgram {
public:
    GlProgram() = default;
    ~GlProgram();
    GlProgram(const GlProgram&) = delete;
    GlProgram& operator=(const GlProgram&) = delete;

    // Compiles and links; on failure returns false and `error` names the file and GL's log.
    bool load(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file,
              const std::vector<std::pair<GLuint, const char*>>& attributes, std::string& error);

    GLuint id() const { return program_; }
    GLint uniform(const char* name) const { return glGetUniformLocation(program_, name); }

private:
    GLuint program_ = 0;
};

// GL state every map pass needs, whatever SFML or ImGui left behind: the viewport, no depth,
// culling or scissor, premultiplied-friendly blending, and SFML's client-side arrays off so
// they do not feed the generic attributes of our meshes.
void prepare_map_pass(int viewport_width, int viewport_height);

}  // namespace corridor
