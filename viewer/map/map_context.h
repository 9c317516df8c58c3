#pragma once
// The narrow view of the map that the app hands its features (programme overlay, names,
// presenter) for one call: what they may read, and what they may ask for. Asks are not carried
// out at once: the app applies them after the feature returns (App::apply), so no feature calls
// back into the app and the order of effects is the app's.
#include <filesystem>
#include <optional>
#include <utility>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/programme/i18n.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/map/map_highlight.h"
#include "viewer/map/map_style.h"

namespace corridor {

// What a feature asked of the map during one call.
struct MapAsks {
    std::optional<Box> fly_to;                           // framed in the map area, clear of panels
    std::optional<std::pair<MapPoint, double>> fly_to_center;  // centre and zoom, in the map area
    double panel_px = 0;  // a panel opening at the right edge with this fly takes this much width
    std::optional<std::pair<Box, Box>> fly_within;       // framed in a screen area (the presenter's)
    std::optional<FeatureRef> select;                    // invalid: close the detail panel
    std::optional<std::pair<int, std::string>> name_field;  // a layer's features named by this field
    Diagnostics problems;                                // for the Problems window
};

struct MapContext {
    const Camera& camera;
    const Geodata& data;
    MapHighlight& highlight;  // features may clear `hovered` or set `emphasised`
    LayerVisibility& layers;
    const Translator& translator;
    float ui_scale = 1;       // 1..3: projector scale for lines, markers and labels
    bool presenting = false;  // editing panels hide while the presenter shows a tour
    double clock = 0;         // app seconds, for animations
    std::filesystem::path export_folder;  // where every export goes (PNG, CSV, GeoJSON)
    MapAsks asks;
    // The user's own layers (files opened), newest first, with the colour the map draws them in.
    std::vector<std::pair<int, Rgba>> user_layers;

    // `panel_px`: the width of the panel that opens with this fly at the right edge (not yet
    // drawn, so not yet in the map area); the target is framed in what the panel leaves free.
    void fly_to(const Box& target, double panel_px = 0) { asks.fly_to = target, asks.panel_px = panel_px; }
    void fly_to(MapPoint center, double zoom, double panel_px = 0) {
        asks.fly_to_center = {center, zoom}, asks.panel_px = panel_px;
    }
    // Framed in `screen_area` (window pixels, y down), whatever the docked panels.
    void fly_within(const Box& target, const Box& screen_area) { asks.fly_within = {target, screen_area}; }
    void select(FeatureRef feature) { asks.select = feature; }
    void report(const Diagnostics& problems) { asks.problems.append(problems); }
    void name_features_by(int layer, std::string field) { asks.name_field = {layer, std::move(field)}; }
};

}  // namespace corridor
