#pragma once
// Saving the current view as a PNG for slides and print: the map re-rendered at 1x, 2x or 4x
// the window's pixels (same place, same extent, lines and text scaled with it), with the legend,
// the scale bar and the attribution drawn on it at that scale.
#include <filesystem>
#include <functional>
#include <string>

#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/map_renderer.h"

namespace corridor {

// "corridor-<place>-<date>.png" with the place made ASCII-safe: accents dropped, anything but
// letters and digits becomes '-' ("Ségou" -> "Segou", "Bobo-Dioulasso" stays); "view" when empty.
std::string export_file_name(const std::string& place, const std::string& iso_date);
std::string today_iso_date();  // local date, "2026-11-28"

struct ExportView {
    const Geodata* data = nullptr;
    MapRenderer* renderer = nullptr;
    Camera camera;                   // the window's camera
    MapHighlight highlight;
    LayerVisibility layers;
    float ui_scale = 1;              // line widths and text, times `scale`
};

// Renders `view` at `scale` times its viewport into `png`. False with `error` set on failure.
// Leaves no GL context active: the caller makes its window's context current again.
bool export_view_png(const ExportView& view, int scale, const std::filesystem::path& png, std::string& error);

}  // namespace corridor
