#pragma once
// The map's built meshes as bytes, for the start-up cache (mesh_cache.h): every level of detail
// of every draw item, in order, with the planned item and network part each one draws. The vertex structs are copied as they lie in memory: the cache
// is read back only by the program that wrote it (its key names the binary), on this machine.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "viewer/map/map_mesh.h"

namespace corridor {

// Part of the cache key: a new layout gets new entries instead of misreading old ones.
inline constexpr int kMeshCodecVersion = 2;

// One draw item's levels of detail. An admin network plan is split in parts by which coarser
// layers also draw each edge (admin_edges.h); the entry records which part each item is, so that
// a warm start makes the same items without working the split out again.
struct CachedItem {
    static constexpr int32_t kWhole = -1;
    int32_t planned = 0;      // the renderer's planned item it comes from (0, 1, ...)
    int32_t part = kWhole;    // its network part, or kWhole
    std::vector<BandMesh> bands;
};
using ItemMeshes = std::vector<CachedItem>;

// The bytes of a mesh's arrays, as encode_meshes writes them.
std::uintmax_t mesh_bytes(const BandMesh& mesh);

std::string encode_meshes(const ItemMeshes& meshes);

// The meshes, or nullopt with `error` saying what is wrong. Whatever the bytes, what comes back
// is safe to draw: every index names a vertex of its mesh and every range lies in its indices.
std::optional<ItemMeshes> decode_meshes(std::string_view bytes, std::string* error = nullptr);

}  // namespace corridor
