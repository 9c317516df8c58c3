#pragma once
// What the user sees, as JSON: the camera, the hovered and selected features, the open panels,
// the layers, the language and the hover tooltip. Scripted runs write it so tests can check the
// app as a user would. App::state() adds each feature's own keys.
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/layer_visibility.h"

namespace corridor {

// Filled while a frame is drawn: every open window records itself, the tooltip its text.
struct FrameRecord {
    struct Panel {
        std::string id, title;
        Box rect;  // screen pixels, y down; empty when recorded outside a window
    };
    std::vector<Panel> panels;
    bool tooltip_visible = false;
    std::string tooltip_text;

    // Call inside the window's Begin/End: its rectangle is recorded too.
    void panel(std::string id, std::string title);
    void clear() { *this = FrameRecord{}; }
};

// Extra top-level keys: e.g. sections.add("initiatives", [&] { return panel.state(); }).
nlohmann::json camera_json(const Camera& camera);
// {kind, layer, id, name} or null. kind is the layer's admin level ("commune", ...) or "feature".
nlohmann::json feature_json(const Geodata& data, FeatureRef ref);
nlohmann::json layers_json(const Geodata& data, const LayerVisibility& layers);
nlohmann::json frame_json(const FrameRecord& frame);  // {"panels": [...], "tooltip": {...}}
// Every problem the Problems window lists: [{severity, file, where, message}].
nlohmann::json problems_json(const Diagnostics& problems);
// {"x", "y", "w", "h"} in window pixels, y down; null for an empty box.
nlohmann::json rect_json(const Box& rect);

}  // namespace corridor
