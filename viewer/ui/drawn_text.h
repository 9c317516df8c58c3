#pragma once
// The text a frame drew, read back from Dear ImGui's draw data: every glyph quad is matched to
// its font glyph by its texture coordinates. Widgets, captions, map names and attribution
// lines all end up as glyph quads, so this is what a user can read, whoever drew it.
// Hand-written: Dear ImGui's own log stops at each window's End() and misses draw-list text.
#include <string>

struct ImDrawData;

namespace corridor {

// UTF-8, one line per row of glyphs (a new line where a glyph starts left of the previous one
// or below it; a space where the gap between two glyphs is wider than a third of their height).
// Empty for null draw data.
std::string drawn_text(const ImDrawData* data);

}  // namespace corridor
