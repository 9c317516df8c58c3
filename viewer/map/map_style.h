#pragma once
// The map's colours and line widths in one place. Defaults live here; geodata/styles/map_style.json
// may override any of them (load_map_style), so tests and the legend read the same values.
#include <array>
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/base/diagnostics.h"

namespace corridor {

struct Rgba {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool operator==(const Rgba&) const = default;
};

struct LineStyle {
    Rgba color;
    float width_px = 1;  // at line_scale 1; constant on screen at every zoom
};

struct MapStyle {
    // Sea / outside the data: a cool blue-grey that no land fill uses.
    Rgba background{0xB7, 0xCE, 0xDB};
    // Land fills: each country its own hue family; communes vary around the base by a few percent.
    Rgba mali_fill{0xEA, 0xD9, 0xB0};        // sand
    Rgba burkina_fill{0xCB, 0xDC, 0xB1};     // sage
    Rgba neighbour_fill{0xE6, 0xE3, 0xDC};   // neutral paper grey, context only
    float tint_variation = 0.06f;            // +- brightness between adjacent communes

    // Boundary hierarchy, thinnest first.
    LineStyle commune_line{{0x8C, 0x7F, 0x6E, 150}, 0.8f};
    LineStyle cercle_line{{0x7A, 0x6A, 0x58, 200}, 1.4f};
    LineStyle region_line{{0x5E, 0x4E, 0x40, 230}, 2.2f};
    LineStyle national_border{{0x3A, 0x2E, 0x28, 255}, 3.4f};
    LineStyle neighbour_border{{0xA8, 0xA3, 0x99, 255}, 1.0f};

    // Water: rivers by importance (scalerank classes, most important first), widths at
    // `river_width_zoom`, growing by `river_width_growth` per zoom level; lakes.
    std::array<LineStyle, 3> river_lines{{{{0x3C, 0x7D, 0xBF, 235}, 2.2f},
                                          {{0x3C, 0x7D, 0xBF, 225}, 1.5f},
                                          {{0x3C, 0x7D, 0xBF, 210}, 1.0f}}};
    float river_width_growth = 0.25f;
    double river_width_zoom = 6;
    Rgba lake_fill{0x9F, 0xC4, 0xE4};
    Rgba water_label{0x1F, 0x5E, 0x9E};  // river names: a darker blue than the line

    // Highlights (shader-driven).
    Rgba hover_tint{0xFF, 0xFF, 0xFF, 90};       // mixed into the fill by alpha
    Rgba selected_fill{0xF2, 0xA3, 0x3A, 120};   // mixed into the fill by alpha
    LineStyle selected_outline{{0xC0, 0x4A, 0x10, 255}, 3.0f};
    Rgba emphasised_fill{0xD9, 0x5F, 0x43, 110}; // initiative communes, mixed by alpha

    // User layers: colours by turn; fills at user_fill_alpha.
    std::array<Rgba, 6> user_palette{{{0x1F, 0x77, 0xB4}, {0x9B, 0x2C, 0x8E}, {0x17, 0x8F, 0x7A},
                                      {0xD6, 0x27, 0x28}, {0x4B, 0x4E, 0xC8}, {0x8C, 0x56, 0x4B}}};
    uint8_t user_fill_alpha = 90;
    float user_line_width_px = 2.0f;
    float point_size_px = 6.0f;  // side of the square drawn for each point
};

// The style with every value present in `file` replacing the default. A missing file is not an
// error (defaults); a malformed value is a warning naming its JSON path, and keeps the default.
MapStyle load_map_style(const std::filesystem::path& file, Diagnostics& diag);

// The fill of one feature: `base` made a little lighter or darker by a stable hash of `id`, so
// adjacent communes differ subtly and keep their tint from run to run.
Rgba varied_fill(Rgba base, const std::string& id, float variation);

}  // namespace corridor
