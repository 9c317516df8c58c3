#pragma once
// Page formats and sizes for vector exports: plain arithmetic without Cairo, so that the script
// reader (and its fuzz target) can check an export step's "page" without linking Cairo.
#include <filesystem>
#include <optional>
#include <string>

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

}  // namespace corridor
