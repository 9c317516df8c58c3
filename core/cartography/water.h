#pragma once
// Rivers and lakes (Natural Earth): context layers that carry names in several languages and a
// `scalerank` (lower is more important). One place that knows their fields, for the map style,
// the labels, search and the feature panel.
#include <string>

#include "core/normalise/feature.h"

namespace corridor {

// A context layer that is no admin level (layers.json: role "context", no level): water.
bool is_water_layer(const Layer& layer);

// The name in the interface language ("fr": name_fr, "en": name_en), else the source's own
// `name` (Feature::name). "Volta Noire" / "Black Volta" for the Mouhoun.
std::string water_name(const Feature& feature, const std::string& language);

// Natural Earth's scalerank; 10 (least important) where absent or not a number.
int water_scalerank(const Feature& feature);

// "River", "Lake Centerline", "Reservoir", ...: Natural Earth's featurecla.
std::string water_class(const Feature& feature);

}  // namespace corridor
