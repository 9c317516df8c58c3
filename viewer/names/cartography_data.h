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
    // The search: the data's own entries first (the ones the cache keeps), then those it was
    // built with from elsewhere (the programme's initiatives and corridors), in one index.
    std::shared_ptr<const SearchIndex> search;
    size_t own_search_entries = 0;
    Diagnostics problems;  // the cache's warnings (a damaged entry), for the app to show
};

// `data` must not change while this runs (App::update_loading adds no layer while it runs).
// `extra`: search entries from elsewhere, indexed after the data's own.
CartographyData build_cartography(const Geodata& data, std::vector<SearchEntry> extra = {});
// On a worker thread, through the cache when `store` is given (cartography_cache.h). The
// index is built there, with `extra`, once: not again on the UI thread (~17 ms of a warm start).
std::future<CartographyData> build_cartography_async(const Geodata& data, std::optional<CacheStore> store = {},
                                                     std::vector<SearchEntry> extra = {});
// Sets `names`' search to `own` (the data's entries) followed by `extra`. `own_order`: the
// words of `own` in the index's order, as the cache keeps them (SearchIndex::word_order).
inline void index_search(CartographyData& names, std::vector<SearchEntry> own, std::vector<SearchEntry> extra,
                         const std::vector<SearchIndex::WordStart>& own_order = {}) {
    names.own_search_entries = own.size();
    own.reserve(own.size() + extra.size());
    for (SearchEntry& e : extra) own.push_back(std::move(e));
    names.search = std::make_shared<const SearchIndex>(std::move(own), names.own_search_entries, own_order);
}

LabelRank label_rank(PlaceClass place_class);

// Within this distance a village of a town's name is that town again.
inline constexpr double kRepeatedTownMetres = 5000;

}  // namespace corridor
