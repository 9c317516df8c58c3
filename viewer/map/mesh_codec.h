#pragma once
// The map's built meshes as bytes, for the start-up cache (mesh_cache.h): every level of detail
// of every draw item, in order. The vertex structs are copied as they lie in memory: the cache
// is read back only by the program that wrote it (its key names the binary), on this machine.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "viewer/map/map_mesh.h"

namespace corridor {

// Part of the cache key: a new layout gets new entries instead of misreading old ones.
inline constexpr int kMeshCodecVersion = 1;

// meshes[item][band]
using ItemMeshes = std::vector<std::vector<BandMesh>>;

std::string encode_meshes(const ItemMeshes& meshes);

// The meshes, or nullopt with `error` saying what is wrong. Whatever the bytes, what comes back
// is safe to draw: every index names a vertex of its mesh and every range lies in its indices.
std::optional<ItemMeshes> decode_meshes(std::string_view bytes, std::string* error = nullptr);

}  // namespace corridor
