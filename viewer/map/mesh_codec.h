#pragma once
// The map's built meshes as bytes, for the start-up cache (mesh_cache.h): a table of the draw
// items (the planned item and network part each one draws, and how many levels of detail it
// has), then every level of detail as a record naming its item and band, in the order they were
// built, so that each can be written as soon as it is built. The vertex structs are copied as
// they lie in memory: the cache is read back only by the program that wrote it (its key names
// the binary), on this machine.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "viewer/map/map_mesh.h"

namespace corridor {

// Part of the cache key: a new layout gets new entries instead of misreading old ones.
inline constexpr int kMeshCodecVersion = 4;

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

// One array of a level of detail where it lies: in a BandMesh, or in the bytes of a cache entry
// read back, which a warm start uploads from as they are (no decoded copy of tens of megabytes).
// Those bytes need not be aligned for T: an element is read by copy.
template <class T>
struct ArrayView {
    const char* bytes = nullptr;
    size_t count = 0;

    T operator[](size_t i) const {
        T v;
        std::memcpy(&v, bytes + i * sizeof(T), sizeof v);
        return v;
    }
    size_t byte_size() const { return count * sizeof(T); }
    std::vector<T> to_vector() const {
        std::vector<T> v(count);
        if (count > 0) std::memcpy(v.data(), bytes, byte_size());
        return v;
    }
};

template <class T>
ArrayView<T> view_of(const std::vector<T>& v) { return {reinterpret_cast<const char*>(v.data()), v.size()}; }

// A BandMesh's arrays, borrowed.
struct BandMeshView {
    ArrayView<FillVertex> fill_vertices;
    ArrayView<uint32_t> fill_indices;
    ArrayView<LineVertex> line_vertices;
    ArrayView<uint32_t> line_indices;
    ArrayView<MeshChunk> chunks;
    ArrayView<Range> feature_lines;
};
BandMeshView view_of(const BandMesh& mesh);

struct CachedItemView {
    int32_t planned = 0, part = CachedItem::kWhole;  // as in CachedItem
    std::vector<BandMeshView> bands;
};
using ItemMeshViews = std::vector<CachedItemView>;
ItemMeshes to_meshes(const ItemMeshViews& views);  // copied out of the bytes they borrow

// The bytes of a mesh's arrays, as encode_meshes writes them.
std::uintmax_t mesh_bytes(const BandMesh& mesh);

std::string encode_meshes(const ItemMeshes& meshes);

// The same bytes in pieces, in order: the counts and numbers in `numbers`, each array where it
// lies in `meshes` (which must outlive the pieces). Written one after the other they make the
// cache entry, with no copy of the meshes at the cold start's memory peak.
struct MeshPieces {
    std::string numbers;
    std::vector<std::string_view> pieces;
};
MeshPieces mesh_pieces(const ItemMeshes& meshes);
// The parts of that, for a writer that streams the entry: one record per level of detail, in
// any order, each naming its item and band, then the table of `items` (their bands need not be
// built: only their number is read) and the table's size. The table comes last, so that a
// first start writes each level as it is built, before it knows every item.
MeshPieces mesh_band_pieces(uint32_t item, uint32_t band, const BandMesh& mesh);
std::string mesh_entry_table(const ItemMeshes& items);

// The meshes, borrowing `bytes` (which must outlive them), or nullopt with `error` saying what is
// wrong. Whatever the bytes, what comes back is safe to draw: every index names a vertex of its
// mesh and every range lies in its indices.
std::optional<ItemMeshViews> decode_mesh_views(std::string_view bytes, std::string* error = nullptr);
// The same, copied into meshes of their own.
std::optional<ItemMeshes> decode_meshes(std::string_view bytes, std::string* error = nullptr);

}  // namespace corridor
