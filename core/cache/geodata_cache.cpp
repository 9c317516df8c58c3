#include "core/cache/geodata_cache.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/json_text.h"
#include "core/base/program_version.h"
#include "core/base/resource_paths.h"
#include "core/cache/geodata_codec.h"

namespace corridor {

namespace fs = std::filesystem;

namespace {

// The text the loaders read (read_text_file: UTF-8, as they see it), or why it cannot be read.
std::string file_content(const fs::path& file) {
    std::string text, error;
    if (!read_text_file(file.string(), text, error)) return "(" + error + ")";
    return text;
}

// "size mtime" of a file, or "missing": what changes when the file is replaced or touched.
std::string stamp(const fs::path& file) {
    std::error_code e1, e2;
    const std::uintmax_t size = fs::file_size(file, e1);
    const auto mtime = fs::last_write_time(file, e2);
    if (e1 || e2) return "missing";
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(mtime.time_since_epoch()).count();
    return std::to_string(size) + " " + std::to_string(ns);
}

// The file itself and the files beside it with the same stem: a shapefile's .dbf, .shx, .prj
// and .cpg change what GDAL reads as much as the .shp does.
std::vector<fs::path> layer_files(const fs::path& file) {
    std::vector<fs::path> files = {file};
    std::error_code ec;
    for (auto it = fs::directory_iterator(file.parent_path(), ec); !ec && it != fs::directory_iterator(); it.increment(ec))
        if (it->path().stem() == file.stem() && it->path() != file) files.push_back(it->path());
    std::sort(files.begin() + 1, files.end());
    return files;
}

}  // namespace

fs::path default_cache_dir() { return user_cache_dir(); }

CacheStore cache_store(const GeodataCacheOptions& options) {
    return CacheStore(options.dir.empty() ? default_cache_dir() : options.dir, options.max_bytes);
}

std::string cache_program_identity(const GeodataCacheOptions& options) {
    if (!options.program_identity.empty()) return options.program_identity;
    return program_version() + " binary " + stamp("/proc/self/exe");
}

std::string geodata_cache_key(const fs::path& data_dir, const GeodataCacheOptions& options) {
    std::string key = "corridor-viewer geodata cache\n";
    key += "program " + cache_program_identity(options) + "\n";
    for (const LibraryVersion& lib : core_library_versions()) key += lib.name + " " + lib.version + "\n";
    key += "codec " + std::to_string(kGeodataCodecVersion) + "\n";
    std::error_code ec;
    key += "data " + data_dir.string() + " = " + fs::weakly_canonical(data_dir, ec).string() + "\n";
    const fs::path catalog = project_geodata_path("layers.json"), mappings = project_geodata_path("admin_mappings.json");
    const std::string catalog_text = file_content(catalog);
    key += "catalogue " + catalog.string() + "\n" + catalog_text + "\n";
    key += "mappings " + mappings.string() + "\n" + file_content(mappings) + "\n";
    // The layer files as load_geodata finds them; entries it would refuse change nothing here,
    // since the catalogue's text is part of the key already.
    const nlohmann::json doc = nlohmann::json::parse(catalog_text, nullptr, false);
    if (doc.is_object() && doc.contains("layers") && doc["layers"].is_array())
        for (const auto& entry : doc["layers"])
            if (entry.is_object() && entry.contains("path") && entry["path"].is_string())
                for (const fs::path& file : layer_files(data_dir / entry["path"].get<std::string>()))
                    key += "file " + file.string() + " " + stamp(file) + "\n";
    return key;
}

Geodata load_geodata_cached(const fs::path& data_dir, const GeodataCacheOptions& options, const LoadProgress& progress) {
    if (!options.enabled) return load_geodata(data_dir, progress);
    const CacheStore store = cache_store(options);
    const std::string key = geodata_cache_key(data_dir, options);
    Diagnostics cache_problems;
    if (const std::optional<CacheEntryBytes> entry = store.read(key, cache_problems)) {
        Geodata data;
        std::string error;
        if (decode_geodata(entry->payload(), data, error)) {
            data.source_key = key;
            data.source_layers = data.layers.size();
            if (progress)
                for (const Layer& layer : data.layers) progress({layer.id, LayerLoadState::Read});
            return data;
        }
        // A sound checksum around bytes this build cannot decode: a bug, but never a reason to fail.
        store.discard(key, "cache entry cannot be decoded (" + error + "); deleted, the data is read again and the entry rebuilt",
                      cache_problems);
    }
    Geodata data = load_geodata(data_dir, progress);
    // Only usable data is kept: an error may be passing (a file being copied), and reading it
    // again next time reports it again.
    if (!data.diagnostics.has_errors()) {
        store.write(key, encode_geodata(data), cache_problems);
        data.source_key = key;
        data.source_layers = data.layers.size();
    }
    data.diagnostics.append(cache_problems);
    return data;
}

GeodataCacheReport geodata_cache_report(const fs::path& data_dir, const GeodataCacheOptions& options) {
    const CacheStore store = cache_store(options);
    GeodataCacheReport report;
    report.dir = store.dir();
    report.use = store.use();
    report.max_bytes = store.max_bytes();
    report.holds_current = store.holds(geodata_cache_key(data_dir, options));
    return report;
}

}  // namespace corridor
