#include "viewer/map/mesh_cache.h"

#include <algorithm>
#include <cstdio>

#include <ogr_geometry.h>

#include "core/base/digest.h"

namespace corridor {
namespace {

void add_geometry(Digest& d, const OGRGeometry* g, std::vector<unsigned char>& wkb) {
    if (!g) return d.add_value(uint8_t(0));
    wkb.resize(g->WkbSize());
    g->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
    d.add(wkb.data(), wkb.size());
}

}  // namespace

MeshCacheKey::MeshCacheKey(const std::string& program_identity, MapPoint origin) {
    char line[96];
    std::snprintf(line, sizeof line, "origin %.17g %.17g\n", origin.x, origin.y);
    text_ = "corridor-viewer meshes\nprogram " + program_identity + "\ncodec " + std::to_string(kMeshCodecVersion) +
            "\n" + line;
}

void MeshCacheKey::add_item(const MeshRequest& request, const std::vector<const Layer*>& coarser) {
    Digest d;
    size_t taken = 0;
    const Layer& layer = *request.layer;
    d.add_value(layer.features.size());
    for (const Feature& f : layer.features) {
        if (request.include && !request.include(f)) continue;
        ++taken;
        d.add_value(f.index);
        if (request.kind == MeshKind::Fill && request.fill_color) d.add_value(request.fill_color(f));
        add_geometry(d, f.mercator.get(), wkb_);
    }
    char line[256];
    std::snprintf(line, sizeof line, " kind %d network %d outlines %d tolerance %.17g features %zu digest %s bytes %ju\n",
                  int(request.kind), int(request.network), int(request.outlines), request.tolerance_scale, taken,
                  d.hex().c_str(), d.bytes());
    text_ += "item " + layer.id + line;
    for (const Layer* c : coarser) text_ += " split by " + layer_digest(*c);
    parts_.push_back(coarser.empty() ? 0 : 1 << coarser.size());
}

// A coarser layer splits several networks (a region layer splits cercle and commune lines):
// its digest is worked out once.
std::string MeshCacheKey::layer_digest(const Layer& layer) {
    for (const auto& [known, digest] : layer_digests_)
        if (known == &layer) return digest;
    Digest d;
    d.add_value(layer.features.size());
    for (const Feature& f : layer.features) add_geometry(d, f.mercator.get(), wkb_);
    char line[128];
    std::snprintf(line, sizeof line, " digest %s bytes %ju\n", d.hex().c_str(), d.bytes());
    return layer_digests_.emplace_back(&layer, layer.id + line).second;
}

namespace {

// What the key allows: see read_cached_meshes.
std::string check_items(const ItemMeshViews& meshes, const MeshCacheKey& key) {
    int32_t next = 0;  // the planned item that must come next, or the one now running
    for (size_t i = 0; i < meshes.size(); ++i) {
        const CachedItemView& m = meshes[i];
        const bool same = i > 0 && m.planned == meshes[i - 1].planned;
        if (same ? meshes[i - 1].part == CachedItem::kWhole || m.part <= meshes[i - 1].part : m.planned != next)
            return "item " + std::to_string(i) + " out of order";
        if (size_t(m.planned) >= key.items()) return "item " + std::to_string(i) + " beyond the planned items";
        if (m.part != CachedItem::kWhole && m.part >= key.parts(size_t(m.planned)))
            return "item " + std::to_string(i) + " names a network part its plan does not have";
        next = m.planned + 1;
    }
    if (size_t(next) != key.items()) return "holds meshes for " + std::to_string(next) + " planned items, not " + std::to_string(key.items());
    return "";
}

}  // namespace

std::optional<CachedMeshes> read_cached_meshes(const CacheStore& store, const MeshCacheKey& key, Diagnostics& diag) {
    std::optional<CacheEntryBytes> entry = store.read(key.text(), diag);
    if (!entry) return std::nullopt;
    CachedMeshes meshes{std::move(*entry), {}};
    std::string error;
    std::optional<ItemMeshViews> items = decode_mesh_views(meshes.bytes.payload(), &error);
    if (items) error = check_items(*items, key);
    if (!error.empty()) {
        // Sound bytes (the checksum held) that do not decode: a fault of the writer. Rebuild.
        store.discard(key.text(), "cache entry unreadable (" + error + "): the map's meshes are built again", diag);
        return std::nullopt;
    }
    meshes.items = std::move(*items);
    return meshes;
}

MeshCacheWriter::MeshCacheWriter(const CacheStore& store, const std::string& key, std::uintmax_t max_bytes)
    : max_bytes_(max_bytes) {
    Diagnostics ignored;  // a read-only or full folder was reported with the boundary data
    entry_.emplace(store.begin_write(key, ignored));
    if (!entry_->ok()) entry_.reset();
}

MeshCacheWriter::~MeshCacheWriter() { finish(); }

void MeshCacheWriter::finish() {
    if (commit_.joinable()) commit_.join();
}

MeshCacheWriter::Outcome MeshCacheWriter::outcome() const {
    if (!entry_) return Outcome::dropped;
    if (!commit_.joinable()) return Outcome::pending;
    const int committed = committed_.load();
    return committed < 0 ? Outcome::pending : committed ? Outcome::kept : Outcome::dropped;
}

bool MeshCacheWriter::put(int item, int band, const BandMesh& mesh) {
    if (!collecting() || item < 0 || band < 0) return false;
    if (items_known_ && (size_t(item) >= have_.size() || size_t(band) >= have_[item].size())) return false;
    if (size_t(item) >= have_.size()) have_.resize(size_t(item) + 1);
    if (size_t(band) >= have_[item].size()) have_[item].resize(size_t(band) + 1, false);
    if (have_[item][band]) return true;
    Diagnostics ignored;
    bytes_ += mesh_bytes(mesh);
    const MeshPieces record = mesh_band_pieces(uint32_t(item), uint32_t(band), mesh);  // where the mesh lies
    if (bytes_ > max_bytes_ || !entry_->append(record.pieces, ignored)) {
        entry_.reset();  // too large to keep, or the disk is full: no entry, its temporary file removed
        return false;
    }
    have_[item][band] = true;
    ++put_;
    commit_when_complete();
    return true;
}

void MeshCacheWriter::set_items(const ItemMeshes& items) {
    if (!entry_ || items_known_) return;
    if (have_.size() > items.size()) return entry_.reset();  // a level of no item
    for (size_t i = 0; i < have_.size(); ++i)
        if (have_[i].size() > items[i].bands.size()) return entry_.reset();
    have_.resize(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        have_[i].resize(items[i].bands.size(), false);
        wanted_ += items[i].bands.size();
    }
    table_ = mesh_entry_table(items);
    items_known_ = true;
    commit_when_complete();
}

void MeshCacheWriter::commit_when_complete() {
    if (!items_known_ || put_ < wanted_ || commit_.joinable()) return;
    Diagnostics ignored;
    if (!entry_->append(table_, ignored)) return entry_.reset();
    // The flush to disk on a thread of its own: the frame that brought the last level goes on.
    commit_ = std::thread([this] {
        Diagnostics ignored_too;
        committed_ = entry_->commit(ignored_too) ? 1 : 0;
    });
}

}  // namespace corridor
