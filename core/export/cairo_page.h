#pragma once
// Writes a PageScene as a vector page, PDF or SVG, with Cairo: fills, lines, circles, and names
// as real text (selectable and searchable in the PDF; in the SVG, Cairo's glyph outlines plus
// the names as transparent <text> over them). The view is fitted into the page, centred, with a
// margin. Written through a temporary file: a failure leaves no file.
#include <filesystem>
#include <optional>
#include <string>

#include "core/export/page_scene.h"

namespace corridor {

enum class PageFormat { Pdf, Svg };

// The format from the file name's extension (".pdf", ".svg", any case); nullopt for others.
std::optional<PageFormat> page_format_for(const std::filesystem::path& file);

struct PageSize {
    double width_pt = 0, height_pt = 0;  // PostScript points, 1/72 inch
};

// "a4-landscape", "a4-portrait", "a3-landscape", "a3-portrait", or "view" (the view's own
// aspect, its pixels as points); nullopt for another name.
std::optional<PageSize> page_size(const std::string& name, double view_width, double view_height);

bool write_page(const PageScene& scene, PageFormat format, PageSize size, const std::filesystem::path& file,
                std::string& error);

}  // namespace corridor
