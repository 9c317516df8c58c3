#include "viewer/names/cartography_cache.h"

#include "core/base/digest.h"
#include "viewer/names/cartography_codec.h"

namespace corridor {

std::string cartography_cache_key(const Geodata& data) {
    if (data.source_key.empty() || data.layers.size() != data.source_layers) return "";
    Digest source;  // the data's key names the program, the libraries, every file and its stamp
    source.add(data.source_key);
    return "corridor-viewer names\ncodec " + std::to_string(kCartographyCodecVersion) + "\ndata " + source.hex() + "\n";
}

CartographyData build_cartography_cached(const Geodata& data, const CacheStore& store, std::vector<SearchEntry> extra) {
    const std::string key = cartography_cache_key(data);
    if (key.empty()) return build_cartography(data, std::move(extra));
    Diagnostics problems;
    if (const std::optional<CacheEntryBytes> entry = store.read(key, problems)) {
        CartographyData names;
        std::string error;
        if (decode_cartography(entry->payload(), names, error, extra)) error = check_cartography_refs(names, data);
        if (error.empty()) {
            names.problems = std::move(problems);
            return names;
        }
        // Sound bytes (the checksum held) that do not fit: a fault of the writer. Rebuild.
        store.discard(key, "cache entry unreadable (" + error + "): the place names are built again", problems);
    }
    CartographyData names = build_cartography(data, std::move(extra));
    Diagnostics ignored;  // a read-only or full folder was reported with the boundary data
    store.write(key, encode_cartography(names), ignored);
    names.problems = std::move(problems);
    return names;
}

}  // namespace corridor
