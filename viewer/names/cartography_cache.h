#pragma once
// The names built from the boundary data kept between launches, beside the data's own entry
// (core/cache): a warm start reads its places, labels and search entries from one file instead
// of placing every village in its commune again (a third of a warm start on the real pack).
// The names are a function of the layers and the program alone, so their key is the key the
// layers were loaded under (Geodata::source_key, which names the program; its digest) with the
// codec's version: data read without the cache has no key and is not cached.
#include <optional>
#include <string>

#include "core/cache/cache_store.h"
#include "viewer/names/cartography_data.h"

namespace corridor {

// "" when `data` was not loaded through the cache, or holds layers added since.
std::string cartography_cache_key(const Geodata& data);

// build_cartography through `store`: a hit decodes the entry; a miss builds the names and
// stores them. A damaged entry, or one naming features the data lacks, is reported in the
// result's problems, deleted and rebuilt.
// `extra`: as for build_cartography (not kept in the entry).
CartographyData build_cartography_cached(const Geodata& data, const CacheStore& store, std::vector<SearchEntry> extra = {});

}  // namespace corridor
