#pragma once
// A folder of cache entries (XDG: $XDG_CACHE_HOME/corridor-viewer, else ~/.cache/corridor-viewer),
// each one file named by a hash of its key. An entry holds a header (magic, format version,
// lengths, XXH3 checksum), its full key and its payload; it is written to a temporary name and renamed,
// and read back only when its length, key and checksum are right. A damaged entry is reported,
// deleted and rebuilt, never trusted. Disk use is bounded: after each write the least recently
// used entries (by modification time, refreshed on each hit) go until the rest fits.
#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>

#include "core/base/diagnostics.h"

namespace corridor {

inline constexpr std::uintmax_t kDefaultCacheBytes = std::uintmax_t(512) << 20;

struct CacheUse {
    std::uintmax_t bytes = 0;  // of the entries
    size_t entries = 0;
};

// "38 MB": sizes in the cache's messages and in --validate.
std::string megabytes_text(std::uintmax_t bytes);

// A sound entry's payload as it lies in the file, mapped read-only (no copy of tens of
// megabytes, no zeroed buffer to fill), until this is destroyed. Moving it keeps the bytes
// where they are, so views into them stay valid.
class CacheEntryBytes {
public:
    CacheEntryBytes() = default;
    CacheEntryBytes(void* map, size_t map_size, size_t offset, size_t size)
        : map_(map), map_size_(map_size), offset_(offset), size_(size) {}
    CacheEntryBytes(CacheEntryBytes&& other) noexcept { *this = std::move(other); }
    CacheEntryBytes& operator=(CacheEntryBytes&& other) noexcept;
    CacheEntryBytes(const CacheEntryBytes&) = delete;
    CacheEntryBytes& operator=(const CacheEntryBytes&) = delete;
    ~CacheEntryBytes();

    std::string_view payload() const { return {static_cast<const char*>(map_) + offset_, size_}; }
    // Lets the system take back the pages wholly inside `part` (of the payload): touched again,
    // they are read again from the file, which is never rewritten in place. A payload used in
    // parts (meshes uploaded one by one) is then never all resident beside its copies.
    void release(std::string_view part) const;

private:
    void* map_ = nullptr;
    size_t map_size_ = 0, offset_ = 0, size_ = 0;
};

class AtomicFileWriter;
class Digest;

// An entry written as its payload arrives (CacheStore::begin_write): each piece goes straight
// into the entry's temporary file and into its checksum, and the header is completed last, so
// nothing of the payload need be held until the end. A writer dropped before commit() leaves
// no entry and no temporary file.
class CacheEntryWriter {
public:
    CacheEntryWriter(CacheEntryWriter&&) noexcept;
    CacheEntryWriter& operator=(CacheEntryWriter&&) noexcept;
    ~CacheEntryWriter();

    // False once the entry is given up: the folder cannot be written, or the payload grew past
    // the store's bound (each said in the Diagnostics of the call that found it).
    bool ok() const;
    bool append(std::span<const std::string_view> pieces, Diagnostics& diag);
    bool append(std::string_view piece, Diagnostics& diag) { return append(std::span(&piece, 1), diag); }
    // Completes the header, renames the entry into place and evicts what is above the bound.
    bool commit(Diagnostics& diag);

private:
    friend class CacheStore;
    CacheEntryWriter(const class CacheStore& store, std::string_view key, Diagnostics& diag);
    void give_up();

    std::filesystem::path dir_, file_;
    std::uintmax_t max_bytes_ = 0;
    uint32_t key_bytes_ = 0;
    uint64_t payload_bytes_ = 0;
    std::unique_ptr<AtomicFileWriter> out_;
    std::unique_ptr<Digest> checksum_;
};

class CacheStore {
public:
    CacheStore(std::filesystem::path dir, std::uintmax_t max_bytes = kDefaultCacheBytes);

    const std::filesystem::path& dir() const { return dir_; }
    std::uintmax_t max_bytes() const { return max_bytes_; }
    // The file an entry with this key lives in (whether or not it exists).
    std::filesystem::path entry_path(std::string_view key) const;

    // The payload stored under `key`, or nullopt (no entry, or another key under the same name).
    // A truncated or damaged entry gives a warning in `diag` naming the file and the fault, and
    // is deleted so that the caller rebuilds it. A hit marks the entry as recently used.
    std::optional<CacheEntryBytes> read(std::string_view key, Diagnostics& diag) const;
    // Deletes the entry for `key` with a warning in `diag` naming its file and saying `why`: a
    // sound entry its reader cannot use (a fault of the writer) is rebuilt, never trusted.
    void discard(std::string_view key, const std::string& why, Diagnostics& diag) const;
    // Whether a sound entry for `key` is there (checksum included); changes nothing.
    bool holds(std::string_view key) const;

    // Stores `payload` under `key`, then evicts the least recently used entries above the
    // bound. A folder that cannot be created or written (read-only, full disk) gives a warning
    // and false: the caller goes on without the cache.
    bool write(std::string_view key, std::string_view payload, Diagnostics& diag) const;
    // The same with the payload given in pieces, stored one after the other: a payload that lies
    // in many buffers (the map's meshes) is not copied into one first.
    bool write(std::string_view key, std::span<const std::string_view> payload, Diagnostics& diag) const;
    // The same with the payload given as it comes (CacheEntryWriter::append, then commit).
    CacheEntryWriter begin_write(std::string_view key, Diagnostics& diag) const;

    CacheUse use() const;

private:
    friend class CacheEntryWriter;
    void evict(const std::filesystem::path& keep) const;

    std::filesystem::path dir_;
    std::uintmax_t max_bytes_;
};

}  // namespace corridor
