#pragma once
// Writes a PageScene as a vector page, PDF or SVG, with Cairo: fills, lines, circles, and names
// as real text (selectable and searchable in the PDF; in the SVG, Cairo's glyph outlines plus
// the names as transparent <text> over them). The view is fitted into the page, centred, with a
// margin. Written through a temporary file: a failure leaves no file.
#include <filesystem>
#include <string>

#include "core/export/page_scene.h"
#include "core/export/page_size.h"

namespace corridor {

bool write_page(const PageScene& scene, PageFormat format, PageSize size, const std::filesystem::path& file,
                std::string& error);

}  // namespace corridor
