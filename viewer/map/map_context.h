#pragma once
// The narrow view of the map that the app hands its features (programme overlay, names,
// presenter) for one call: what they may read, and what they may ask for. Asks are not carried
// out at once: the app applies them after the feature returns (App::apply), so no feature calls
// back into the app and the order of effects is the app's.
#include <optional>
#include <utility>

#include "core/base/diagnostics.h"
#include "core/programme/i18n.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/map/map_highlight.h"

namespace corridor {

// What a feature asked of the map during one call.
struct MapAsks {
    std::optional<Box> fly_to;                           // framed in the map area, clear of panels
    std::optional<std::pair<Box, double>> fly_above;     // framed above a bottom band (px): captions
    std::optional<std::pair<MapPoint, double>> fly_to_center;  // centre and zoom
    std::optional<FeatureRef> select;                    // invalid: close the detail panel
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
    MapAsks asks;

    void fly_to(const Box& target) { asks.fly_to = target; }
    void fly_to(MapPoint center, double zoom) { asks.fly_to_center = {center, zoom}; }
    void fly_above_band(const Box& target, double band_px) { asks.fly_above = {target, band_px}; }
    void select(FeatureRef feature) { asks.select = feature; }
    void report(const Diagnostics& problems) { asks.problems.append(problems); }
};

}  // namespace corridor
