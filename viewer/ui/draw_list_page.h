#pragma once
// Shapes drawn with ImGui's draw list (markers, pictograms, place dots) as vector paths of a
// PageScene, so the PDF and SVG show them as the window does without a second drawing code.
// Draw into a list made by page_draw_list() (no antialiasing fringe), then add it: each run of
// triangles of one colour becomes one path filled non-zero (no seams between its triangles).
// Textured triangles (text from the font atlas) are left out: text goes to the page as text.
#include <memory>

#include <imgui.h>

#include "core/export/page_scene.h"

namespace corridor {

std::unique_ptr<ImDrawList> page_draw_list(float width, float height);
void add_draw_list_to_page(const ImDrawList& list, PageScene& page);

}  // namespace corridor
