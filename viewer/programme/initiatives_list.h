#pragma once
// The "Initiatives" side window: every initiative grouped by theme, a search text (accent and
// case blind), the year range of the timeline and whether undated ones show.
#include <vector>

#include "core/programme/i18n.h"
#include "core/programme/initiative_model.h"
#include "viewer/programme/overlay_filters.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

// Draws the window while *open, docked in the left column under the layer list (it takes the
// height the others leave); returns the index of the initiative chosen this frame, or -1.
int draw_initiatives_list(const std::vector<Initiative>& initiatives, OverlayFilters& filters, const Translator& tr,
                          LeftDock& dock, bool* open, FrameRecord& frame);

}  // namespace corridor
