#pragma once
// The names the map can show and the search box can find, built once from the loaded layers on
// a worker thread: places (places.h), search entries (whose admin anchors are the poles of
// inaccessibility, label_anchor.h) and the map labels derived from both.
#include <cstdint>
#include <future>
#include <memory>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/cartography/label_rules.h"
#include "core/cartography/places.h"
#include "core/cartography/search_index.h"
#include "viewer/map/map_renderer.h"

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

struct CartographyData {
    std::vector<Place> places;
    // Per place: a village point that repeats a town of the same name close by (COD lists a
    // seat both as the town and as one of its villages). Neither its dot nor its name is drawn.
    std::vector<bool> repeats_town;
    std::vector<MapLabel> labels;  // admin units first, then places in `places` order
    std::shared_ptr<const SearchIndex> search;
};

// `data` must not change while this runs (App::add_data_job keeps new layers out).
CartographyData build_cartography(const Geodata& data);
std::future<CartographyData> build_cartography_async(const Geodata& data);

LabelRank label_rank(PlaceClass place_class);

// Within this distance a village of a town's name is that town again.
inline constexpr double kRepeatedTownMetres = 5000;

}  // namespace corridor
