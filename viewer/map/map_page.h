#pragma once
// The map's fills and lines for a vector page (PDF, SVG): each shown layer as the renderer plans
// it (map_layer_plan: same colours, widths and drawing order), projected with the camera and
// thinned to what the page can show, plus the emphasised and selected features' highlight.
#include "core/export/page_scene.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/map/map_highlight.h"
#include "viewer/map/map_style.h"

namespace corridor {

// `line_scale`: line widths times this (the UI scale).
void add_map_to_page(PageScene& page, const Geodata& data, const Camera& camera, const LayerVisibility& layers,
                     const MapHighlight& highlight, const MapStyle& style, float line_scale);

}  // namespace corridor
