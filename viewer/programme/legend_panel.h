#pragma once
// The legend with grouped toggles: the boundary layers by kind (communes, cercles and
// provinces, regions, countries, places), each initiative theme with its marker, and the
// corridors (solid: documented towns; dashed: indicative). Complements the shell's per-layer list.
#include <functional>

#include "core/read/geodata_catalog.h"
#include "core/programme/i18n.h"
#include "viewer/programme/overlay_filters.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

struct LegendLayers {
    const Geodata* data = nullptr;
    std::function<bool(int)> visible;
    std::function<void(int, bool)> set_visible;
    std::function<void(FeatureRef)> open_feature;  // a feature without geometry, from its line
};

// Docked at the bottom of the left column, above the scale bar; scrolls where it is too short.
void draw_legend(const LegendLayers& layers, OverlayFilters& filters, const Translator& tr, LeftDock& dock, bool* open,
                 FrameRecord& frame);

}  // namespace corridor
