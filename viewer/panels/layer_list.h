#pragma once
// The legend: every layer with a visibility checkbox, plus the loading progress and the
// problems found while reading (each naming file, place and problem) in their own windows.
#include <functional>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

// Docked at the top of the left column while the user leaves it there. Returns the feature
// without geometry the user chose in it (invalid for none).
FeatureRef draw_layer_list(const Geodata& data, LayerVisibility& layers, bool* open, LeftDock& dock,
                           FrameRecord& frame);

// Under a layer's line: "2 without geometry", folded, opening to one line per such feature (a
// map click never reaches them). Returns the one clicked this frame; nothing drawn when none.
FeatureRef draw_features_without_geometry(const Layer& layer, int layer_index);

// What is loading now ("Boundary data", "roads.geojson") and how far, 0..1, or < 0 where
// unknown (one file read by GDAL), shown then as a sweeping bar.
struct LoadingTask {
    std::string text;
    float fraction = -1;  // negative: no measurable fraction, the bar sweeps
    // One short line per part (each layer of the boundary data): its name and a small bar, empty
    // while it waits, sweeping while it is read, full once read; "not read" when it failed.
    std::vector<LayerProgress> parts;
};
void draw_loading(const std::vector<LoadingTask>& tasks, double time, FrameRecord& frame);

// Errors (and the warning count) of every load; the window closes until new problems come.
// Docked at the bottom of the left column.
void draw_problems(const Diagnostics& problems, bool* open, LeftDock& dock, FrameRecord& frame);

}  // namespace corridor
