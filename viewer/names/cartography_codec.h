#pragma once
// The names built from the boundary data (cartography_data.h) as bytes and back, for the cache
// (cartography_cache.h): places, the villages that repeat a town, map labels and search
// entries with the order of their words (the search index is built again from them, its words
// merged in that order instead of sorted: about half its cost). Decoding takes any
// bytes: every count is checked against what is left, every enum against its range, and bad
// input gives an error, never a crash.
#include <string>
#include <string_view>
#include <vector>

#include "viewer/names/cartography_data.h"

namespace corridor {

// Part of the cache key: a new layout gets new entries instead of misreading old ones.
inline constexpr int kCartographyCodecVersion = 2;

std::string encode_cartography(const CartographyData& data);

// False, with `error` in plain words, when `bytes` is not a whole encoded CartographyData.
bool decode_cartography(std::string_view bytes, CartographyData& data, std::string& error,
                        std::vector<SearchEntry> extra = {});

// "" when every place, label and search entry names a layer and feature that `geodata` has,
// else what does not: decoded names are used with the data they were built from.
std::string check_cartography_refs(const CartographyData& names, const Geodata& geodata);

}  // namespace corridor
