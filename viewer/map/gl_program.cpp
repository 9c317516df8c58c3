#include "viewer/map/gl_program.h"

#include <fstream>
#include <sstream>

namespace corridor {
namespace {

bool read_text(const std::filesystem::path& file, std::string& text) {
    std::ifstream in(file);
    if (!in) return false;
    std::ostringstream s;
    s << in.rdbuf();
    text = s.str();
    return true;
}

GLuint compile(GLenum type, const std::filesystem::path& file, std::string& error) {
    std::string source;
    if (!read_text(file, source)) {
        error = file.string() + ": cannot read shader file";
        return 0;
    }
    GLuint shader = glCreateShader(type);
    const char* text = source.c_str();
    glShaderSource(shader, 1, &text, nullptr);
    glCompileShader(shader);
    GLint ok = 0;
    glGetShaderiv(shader, GL_COMPILE_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetShaderInfoLog(shader, sizeof log, nullptr, log);
        error = file.string() + ": shader does not compile: " + log;
        glDeleteShader(shader);
        return 0;
    }
    return shader;
}

}  // namespace

GlProgram::~GlProgram() {
    if (program_) glDeleteProgram(program_);
}

bool GlProgram::load(const std::filesystem::path& vertex_file, const std::filesystem::path& fragment_file,
                     const std::vector<std::pair<GLuint, const char*>>& attributes, std::string& error) {
    GLuint vs = compile(GL_VERTEX_SHADER, vertex_file, error);
    if (!vs) return false;
    GLuint fs = compile(GL_FRAGMENT_SHADER, fragment_file, error);
    if (!fs) return glDeleteShader(vs), false;
    GLuint program = glCreateProgram();
    glAttachShader(program, vs);
    glAttachShader(program, fs);
    for (const auto& [location, name] : attributes) glBindAttribLocation(program, location, name);
    glBindFragDataLocation(program, 0, "frag_color");
    glLinkProgram(program);
    glDeleteShader(vs);
    glDeleteShader(fs);
    GLint ok = 0;
    glGetProgramiv(program, GL_LINK_STATUS, &ok);
    if (!ok) {
        char log[2048] = {};
        glGetProgramInfoLog(program, sizeof log, nullptr, log);
        error = vertex_file.string() + " + " + fragment_file.filename().string() + ": shaders do not link: " + log;
        glDeleteProgram(program);
        return false;
    }
    if (program_) glDeleteProgram(program_);
    program_ = program;
    return true;
}

void prepare_map_pass(int viewport_width, int viewport_height) {
    glViewport(0, 0, viewport_width, viewport_height);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    glDisable(GL_SCISSOR_TEST);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisableClientState(GL_VERTEX_ARRAY);
    glDisableClientState(GL_COLOR_ARRAY);
    glDisableClientState(GL_TEXTURE_COORD_ARRAY);
}

}  // namespace corridor
