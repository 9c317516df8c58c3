#pragma once
// The map's meshes kept between launches, beside the boundary data's entry (core/cache): a warm
// start uploads each level of detail from one file, when first drawn, instead of splitting the admin networks,
// simplifying and triangulating again. The key is a digest of everything that work reads (each
// planned item's request, the features it takes with their colours and geometry, and for a
// network split by coarser layers, those layers' geometry) and names the binary, so any change
// to the data, the style or the program is a miss, and the meshes are built anew.
#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/cache/cache_store.h"
#include "viewer/map/mesh_codec.h"

class OGRMultiLineString;

namespace corridor {

class MeshCacheKey {
public:
    MeshCacheKey(const std::string& program_identity, MapPoint origin);
    // One planned item, in the order the renderer plans them. `coarser`: for a network split by
    // coarser admin layers (split_by_coarser), those layers; it may then be stored as several
    // items, one per part.
    void add_item(const MeshRequest& request, const std::vector<const Layer*>& coarser = {});

    const std::string& text() const { return text_; }
    size_t items() const { return parts_.size(); }
    // How many network parts planned item `i` may have: 0 when it is not split.
    int parts(size_t i) const { return parts_[i]; }

private:
    std::string layer_digest(const Layer& layer);

    std::string text_;
    std::vector<int> parts_;
    std::vector<std::pair<const Layer*, std::string>> layer_digests_;  // coarser layers met so far
    std::vector<unsigned char> wkb_;  // reused for each geometry
};

// An entry read back: its bytes, and the meshes lying in them (uploaded from there as they are).
struct CachedMeshes {
    CacheEntryBytes bytes;  // mapped: the views point into it, wherever this moves
    ItemMeshViews items;
};

// The meshes stored under `key`, or nullopt (none, or a damaged entry: reported in `diag`,
// deleted, and rebuilt by the caller). Each item's planned item and part lie within the key's,
// every planned item has its items, in order.
std::optional<CachedMeshes> read_cached_meshes(const CacheStore& store, const MeshCacheKey& key, Diagnostics& diag);

// Takes each item's levels of detail as they are built (the coarse ones at start-up, the finer
// ones from the worker) and writes each into the entry's temporary file at once (its record
// names its item and band), from the first one on: no level is held until the last one is built,
// nor until every item is planned. Once the table of items is given and every level is in, the
// table ends the entry, which is renamed into place on a thread of its own. Meshes beyond
// `max_bytes` in all are not kept: the entry is dropped.
class MeshCacheWriter {
public:
    MeshCacheWriter(const CacheStore& store, const std::string& key, std::uintmax_t max_bytes);
    ~MeshCacheWriter();  // waits for the entry's completion, if it started

    // True when the level is in the entry's file (now, or put before).
    bool put(int item, int band, const BandMesh& mesh);
    // Each item's planned item and part, and as many (empty) bands as it has levels: once every
    // item is planned. A level put before that must lie within them, or the entry is dropped.
    void set_items(const ItemMeshes& items);
    // Whether it still waits for meshes or for the items (false once the entry is complete, or
    // was dropped).
    bool collecting() const { return entry_ && (!items_known_ || put_ < wanted_); }
    // Waits for the entry's completion, if it started.
    void finish();
    // What became of the entry: still to come (collecting, or being completed), in place, or
    // dropped (too large, or the folder could not take it).
    enum class Outcome { pending, kept, dropped };
    Outcome outcome() const;

private:
    void commit_when_complete();

    std::optional<CacheEntryWriter> entry_;
    std::vector<std::vector<bool>> have_;  // by item and band: put already
    std::string table_;
    bool items_known_ = false;
    size_t put_ = 0, wanted_ = 0;
    std::uintmax_t bytes_ = 0, max_bytes_;
    std::thread commit_;
    std::atomic<int> committed_{-1};  // set by commit_: 1 in place, 0 failed
};

}  // namespace corridor
