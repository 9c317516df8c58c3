#include "core/export/page_size.h"

#include <algorithm>
#include <cctype>

namespace corridor {

namespace {
constexpr double kPointsPerMm = 72 / 25.4;
}  // namespace

std::optional<PageFormat> page_format_for(const std::filesystem::path& file) {
    std::string ext = file.extension().string();
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (ext == ".pdf") return PageFormat::Pdf;
    if (ext == ".svg") return PageFormat::Svg;
    return std::nullopt;
}

std::optional<PageSize> page_size(const std::string& name, double view_width, double view_height) {
    const double a4_short = 210 * kPointsPerMm, a4_long = 297 * kPointsPerMm, a3_long = 420 * kPointsPerMm;
    if (name == "a4-landscape") return PageSize{a4_long, a4_short};
    if (name == "a4-portrait") return PageSize{a4_short, a4_long};
    if (name == "a3-landscape") return PageSize{a3_long, a4_long};
    if (name == "a3-portrait") return PageSize{a4_long, a3_long};
    if (name == "view" && view_width > 0 && view_height > 0) return PageSize{view_width, view_height};
    return std::nullopt;
}

}  // namespace corridor
