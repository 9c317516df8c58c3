#pragma once
// The default data through the cache: the second launch decodes the processed layers from one
// file instead of reading, checking and projecting them with GDAL again. The entry's key names
// everything the result depends on (below); any change is a miss, and the data is read again.
#include <cstdint>
#include <filesystem>
#include <string>

#include "core/cache/cache_store.h"
#include "core/read/geodata_catalog.h"

namespace corridor {

struct GeodataCacheOptions {
    bool enabled = true;                     // false (--no-cache): load_geodata, nothing written
    std::filesystem::path dir;               // empty: default_cache_dir()
    std::uintmax_t max_bytes = kDefaultCacheBytes;
    // Who writes the entry; empty: the program's version and the running binary's size and
    // modification time, so a rebuilt viewer never trusts another build's entries.
    std::string program_identity;
};

// $XDG_CACHE_HOME/corridor-viewer, else ~/.cache/corridor-viewer (not created here).
std::filesystem::path default_cache_dir();

// options.program_identity, or the default it stands for (every key of every entry names it).
std::string cache_program_identity(const GeodataCacheOptions& options);
// The store the options name: options.dir, else default_cache_dir(), bounded by max_bytes.
CacheStore cache_store(const GeodataCacheOptions& options);

// The key of the data in `data_dir`: program identity, GDAL/GEOS/PROJ versions, the codec's
// format version, the data folder (as given and canonical), the content of geodata/layers.json
// and admin_mappings.json, and every file the catalogue lists (shapefile side files included)
// with its size and modification time.
std::string geodata_cache_key(const std::filesystem::path& data_dir, const GeodataCacheOptions& options);

// load_geodata through the cache: a hit decodes the entry; a miss (or a damaged entry, which is
// reported and rebuilt) loads and stores the data. The cache's own warnings (damaged entry,
// read-only or full folder) are added to the result's diagnostics, where the viewer shows them.
Geodata load_geodata_cached(const std::filesystem::path& data_dir, const GeodataCacheOptions& options,
                            const LoadProgress& progress = {});

// For --validate: where the cache is, what it holds, and whether the data of `data_dir` is in it.
struct GeodataCacheReport {
    std::filesystem::path dir;
    CacheUse use;
    std::uintmax_t max_bytes = 0;
    bool holds_current = false;
};
GeodataCacheReport geodata_cache_report(const std::filesystem::path& data_dir, const GeodataCacheOptions& options);

}  // namespace corridor
