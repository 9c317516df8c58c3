#pragma once
// Saving the current view as a PNG for slides and print: the map re-rendered at 1x, 2x or 4x
// the window's pixels (same place, same extent, lines and text scaled with it), with what the
// features draw over it (corridors, markers, names: placed again for that size), the legend of
// what is visible, the scale bar, the attribution, and an optional title and date line, drawn at
// that scale. Panels and menus stay out.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/export/page_scene.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/map_renderer.h"

namespace corridor {

// "corridor-<place>-<date>.png" with the place made ASCII-safe: accents dropped, anything but
// letters and digits becomes '-' ("Ségou" -> "Segou", "Bobo-Dioulasso" stays); "view" when empty.
std::string export_file_name(const std::string& place, const std::string& iso_date);
std::string today_iso_date();  // local date, "2026-11-28"

// What the features draw over the map, for the export's camera and UI scale (the app wires them:
// no feature includes another). Each may be empty.
struct ExportFeatures {
    std::function<void(const Camera&, float ui)> draw_gl;  // raw GL over the fills: the corridors
    // Into `list` (ImGui shapes, rendered over the map): markers and outlines, returning the
    // boxes names keep off; then the names, kept off `avoid` too, returning them as state JSON.
    std::function<std::vector<Box>(ImDrawList* list, const Camera&, float ui, float font_px)> draw_shapes;
    std::function<nlohmann::json(ImDrawList* list, ImFont* font, const Camera&, float ui, const std::vector<Box>& avoid,
                                 const std::vector<Box>& obstacles)>
        draw_names;
    std::function<std::vector<LegendRow>(const Camera&, float ui)> legend;  // themes, corridors in view
    // The same onto a vector page: markers, corridors and names (real text), kept off `avoid`.
    std::function<nlohmann::json(PageScene& page, ImFont* font, const Camera&, float ui, const std::vector<Box>& avoid)>
        add_to_page;
};

struct ExportView {
    const Geodata* data = nullptr;
    MapRenderer* renderer = nullptr;
    Camera camera;                   // the window's camera
    MapHighlight highlight;
    LayerVisibility layers;
    float ui_scale = 1;              // line widths and text, times `scale`
    double clock = 0;                // app seconds (the corridors' flow)
    ExportFeatures features;
    std::string title;               // a line at the top, e.g. the selected corridor; "" none
    std::string footer;              // the date-and-source line at the bottom; "" none
};

// What an export adds at the user's or script's choice.
struct ExportExtras {
    bool title = false;      // the view's subject at the top ...
    std::string title_text;  // ... this text, or when empty the place the view shows
    bool date_line = false;  // the export date and where the sources are
    std::string page = "view";  // PDF and SVG: a4-landscape, a4-portrait, a3-landscape, a3-portrait, view
};

// The legend's rows for the layers shown: country fills, boundary lines, water, places.
std::vector<LegendRow> layer_legend_rows(const Geodata& data, const LayerVisibility& layers, const MapStyle& style);

// "Exported 2026-12-02 with Corridor Viewer 1.2 · sources: bottom right", in the UI language.
std::string export_footer(const std::string& iso_date);

// Renders `view` at `scale` times its viewport into `png`. False with `error` set on failure.
// Leaves no GL context active: the caller makes its window's context current again.
// `report` (optional): {labels: the names placed, as the state JSON's "labels"; furniture: the
// boxes of the legend, title, scale bar and attribution}, in the export's pixels.
bool export_view_png(const ExportView& view, int scale, const std::filesystem::path& png, std::string& error,
                     nlohmann::json* report = nullptr);

// The same view as a vector page, PDF or SVG by the file's extension, drawn with Cairo from the
// map's own geometry and label placements (core/export/cairo_page); `page_name` as
// ExportExtras::page; `report` as for PNG, in view pixels. No GL is needed. False with `error`
// set on failure (no file is left).
bool export_view_page(const ExportView& view, const std::string& page_name, const std::filesystem::path& file,
                      std::string& error, nlohmann::json* report = nullptr);

}  // namespace corridor
