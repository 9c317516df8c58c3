#pragma once
// The legend with grouped toggles: the boundary layers by kind (communes, cercles and
// provinces, regions, countries, places), each initiative theme with its marker, and the
// corridors (solid: documented towns; dashed: indicative). Complements the shell's per-layer list.
#include "core/read/geodata_catalog.h"
#include "core/programme/i18n.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/programme/overlay_filters.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

// Docked at the bottom of the left column, above the scale bar; scrolls where it is too short.
void draw_legend(const Geodata& data, LayerVisibility& layers, OverlayFilters& filters, const Translator& tr, LeftDock& dock, bool* open,
                 FrameRecord& frame);

}  // namespace corridor
