#pragma once
// The names the map can show and the search box can find, built once from the loaded layers on
// a worker thread: places (places.h), search entries (whose admin anchors are the poles of
// inaccessibility, label_anchor.h) and the map labels derived from both.
#include <cstdint>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/cache/cache_store.h"
#include "core/read/geodata_catalog.h"
#include "core/cartography/map_label.h"
#include "core/cartography/places.h"
#include "core/cartography/search_index.h"

namespace corridor {

struct CartographyData {
    std::vector<Place> places;
    // Per place: a village point that repeats a town of the same name close by (COD lists a
    // seat both as the town and as one of its villages). Neither its dot nor its name is drawn.
    std::vector<bool> repeats_town;
    std::vector<MapLabel> labels;  // admin units first, then places in `places` order, then rivers
    std::shared_ptr<const SearchIndex> search;
    Diagnostics problems;  // the cache's warnings (a damaged entry), for the app to show
};

// `data` must not change while this runs (App::update_loading adds no layer while it runs).
CartographyData build_cartography(const Geodata& data);
// On a worker thread, through the cache when `store` is given (cartography_cache.h).
std::future<CartographyData> build_cartography_async(const Geodata& data, std::optional<CacheStore> store = {});

LabelRank label_rank(PlaceClass place_class);

// Within this distance a village of a town's name is that town again.
inline constexpr double kRepeatedTownMetres = 5000;

}  // namespace corridor
