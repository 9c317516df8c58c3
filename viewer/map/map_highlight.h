#pragma once
// What the map draws highlighted: the feature under the pointer, the selected one, and those a
// panel or a tour step emphasises.
#include <vector>

#include "core/read/geodata_catalog.h"

namespace corridor {

struct MapHighlight {
    FeatureRef hovered, selected;
    std::vector<FeatureRef> emphasised;  // e.g. the communes of the selected initiative
};

}  // namespace corridor
