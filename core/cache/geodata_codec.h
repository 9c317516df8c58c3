#pragma once
// A corridor::Geodata as bytes and back, for the cache (core/cache/geodata_cache.h): layers,
// features with their attributes and admin names, both geometries (ISO WKB, through OGR),
// bounds, the admin mappings and the diagnostics of the load. Decoding takes any bytes: every
// length and count is checked against what is left, and bad input gives an error, never a crash.
#include <string>
#include <string_view>

#include "core/read/geodata_catalog.h"

namespace corridor {

// Part of the cache key: a new layout gets new entries instead of misreading old ones.
inline constexpr int kGeodataCodecVersion = 4;  // 3: no lon/lat copy of the geometry; 4: field names once a layer

std::string encode_geodata(const Geodata& data);

// False, with `error` in plain words ("truncated at byte 1234 while reading a feature's
// attributes"), when `bytes` is not a whole encoded Geodata; `data` is then unspecified.
bool decode_geodata(std::string_view bytes, Geodata& data, std::string& error);

}  // namespace corridor
