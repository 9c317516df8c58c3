#pragma once
// A name the map may show: its text, rank and anchor. Built from the layers and places (the
// names feature) and from the corridors' towns (the programme overlay); placed by the label layer.
#include <cstdint>
#include <string>

#include "core/base/geo_types.h"
#include "core/cartography/label_rules.h"
#include "core/read/geodata_catalog.h"

namespace corridor {

struct MapLabel {
    uint64_t id = 0;        // stable across frames: layer << 32 | feature
    std::string text;       // as shown, accented where a trusted field gives it
    LabelRank rank = LabelRank::Commune;
    MapPoint at;            // anchor, Web Mercator metres
    double room = 0;        // areas: metres around `at` the label may fill; 0 for points
    bool point = false;     // a place: dot plus a label beside it
    // Areas whose seat town has the same name give way to the town from this zoom on, so
    // "Kadiolo" is not written three times (commune, cercle, town).
    double hidden_from_zoom = 1e9;
    FeatureRef feature;     // the admin unit or the place's source feature
    std::string feature_id; // its P-code or id
};

}  // namespace corridor
