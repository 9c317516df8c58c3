#pragma once
// The legend with grouped toggles: the boundary layers by kind (communes, cercles and
// provinces, regions, countries, places), each initiative theme with its marker, and the
// corridors (solid: documented towns; dashed: indicative). Complements the shell's per-layer list.
#include "core/read/geodata_catalog.h"
#include "core/programme/i18n.h"
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "viewer/map/layer_visibility.h"
#include "viewer/map/map_style.h"
#include "viewer/programme/overlay_filters.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

struct LegendActions {
    FeatureRef chosen;  // a feature without geometry the user chose under its layer
    std::optional<std::pair<int, std::string>> name_field;  // a user layer's features to name by this field
};

// Docked at the bottom of the left column, above the scale bar; scrolls where it is too short.
// `user_layers`: the files the user opened, newest first, with their map colour: each gets an
// entry at the top, with its symbol and a menu (▾) to choose the field that names its features.
LegendActions draw_legend(const Geodata& data, LayerVisibility& layers, OverlayFilters& filters, const Translator& tr,
                          const std::vector<std::pair<int, Rgba>>& user_layers, LeftDock& dock, bool* open,
                          FrameRecord& frame);

}  // namespace corridor
