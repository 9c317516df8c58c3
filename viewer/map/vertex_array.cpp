#include "viewer/map/vertex_array.h"

#include <utility>

#include <GL/glx.h>  // last: its X11 macros (None, Bool ...) stay out of the headers above

namespace corridor {

namespace {

void point_attributes(GLuint vertices, GLuint indices, std::initializer_list<GLuint> attributes, void (*point)()) {
    glBindBuffer(GL_ARRAY_BUFFER, vertices);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, indices);
    for (GLuint a : attributes) glEnableVertexAttribArray(a);
    point();
}

}  // namespace

const void* VertexArray::current_context() { return glXGetCurrentContext(); }

VertexArray::~VertexArray() {
    if (vao_ && home_ == current_context()) glDeleteVertexArrays(1, &vao_);
}

VertexArray::VertexArray(VertexArray&& other) noexcept
    : vao_(std::exchange(other.vao_, 0)), home_(std::exchange(other.home_, nullptr)) {}

VertexArray& VertexArray::operator=(VertexArray&& other) noexcept {
    std::swap(vao_, other.vao_);
    std::swap(home_, other.home_);
    return *this;
}

void VertexArray::bind(const void* home, GLuint vertices, GLuint indices, std::initializer_list<GLuint> attributes,
                       void (*point)()) {
    if (!home || current_context() != home) {
        glBindVertexArray(0);
        point_attributes(vertices, indices, attributes, point);
        return;
    }
    if (!vao_) {
        glGenVertexArrays(1, &vao_);
        home_ = home;
        glBindVertexArray(vao_);
        point_attributes(vertices, indices, attributes, point);  // kept in the VAO
        return;
    }
    glBindVertexArray(vao_);
}

void VertexArray::unbind(std::initializer_list<GLuint> attributes) {
    glBindVertexArray(0);
    for (GLuint a : attributes) glDisableVertexAttribArray(a);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, 0);
}

}  // namespace corridor
