#pragma once
// A mesh's vertex layout as a vertex array object (VAO), made once in the context it is drawn in.
//
// Why: with the layout pointed afresh on the default VAO before each draw, software GL
// (llvmpipe) compiled a second vertex pipeline for the same program partway through a first
// start (15-110 ms of LLVM each, on the main thread, seen with uprobes on libLLVM); a VAO set
// once gives every draw the same layout.
//
// VAOs belong to the context that made them: SFML shares buffers, textures and programs between
// its contexts, not these. So the owner names its home context (the one current at its init,
// the window's): there the layout is a VAO of its own; in any other (an export's image) the
// attributes are pointed on the default VAO, as before. When the window is made anew (fullscreen),
// its context and VAOs are gone: the owner forgets them and takes the new context as home.
#define GL_GLEXT_PROTOTYPES
#include <GL/gl.h>
#include <GL/glext.h>

#include <initializer_list>

namespace corridor {

class VertexArray {
public:
    VertexArray() = default;
    ~VertexArray();
    VertexArray(VertexArray&& other) noexcept;
    VertexArray& operator=(VertexArray&& other) noexcept;
    VertexArray(const VertexArray&) = delete;
    VertexArray& operator=(const VertexArray&) = delete;

    // The GL context current on this thread (null without one).
    static const void* current_context();

    // Binds the layout of `vertices` and `indices` (0: none): `point` sets the attribute
    // pointers from the bound GL_ARRAY_BUFFER, and `attributes` are enabled. Undo with unbind().
    void bind(const void* home, GLuint vertices, GLuint indices, std::initializer_list<GLuint> attributes,
              void (*point)());
    // Back to the default VAO with `attributes` disabled and no buffer bound, as SFML expects.
    static void unbind(std::initializer_list<GLuint> attributes);
    // Its VAO went with its context: the next bind in the new home makes another.
    void forget() { vao_ = 0; }

private:
    GLuint vao_ = 0;
    const void* home_ = nullptr;  // the context vao_ belongs to
};

}  // namespace corridor
