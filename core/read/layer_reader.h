#pragma once
// Reads one vector file through GDAL/OGR (GeoJSON, Shapefile, GeoPackage, FlatGeobuf, ...)
// into a normalised Layer: attributes kept, admin names mapped, geometry checked, repaired
// where needed, and projected into Web Mercator. Never throws on bad input: problems go to
// Diagnostics, naming the file and the feature.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "core/normalise/admin_mapping.h"
#include "core/base/diagnostics.h"
#include "core/normalise/feature.h"

namespace corridor {

struct ReadOptions {
    const AdminMappings* mappings = nullptr;  // null: keep attributes only
    std::string mapping;                      // mapping name; empty: detect from the fields
    AdminLevel level = AdminLevel::None;      // None: detect from the mapping's fields
    std::string id;                           // layer id; empty: the file's stem
    std::string title, attribution, role = "user";
    // Files larger than this are refused before GDAL reads them: GDAL holds a whole GeoJSON in
    // memory several times over. Users raise it with "max_layer_mb" in settings.json.
    std::uintmax_t max_bytes = kDefaultMaxLayerBytes;
    static constexpr std::uintmax_t kDefaultMaxLayerBytes = std::uintmax_t(512) << 20;
    // GDAL reads a GeoJSON FeatureCollection twice: once to learn its fields, once for its
    // features. It learns the fields from the first features, as far as the last that brings a
    // property or a kind of value (GeoJsonCheck::schema_features), and from no more than this
    // many first bytes (0: the whole file); the reader checks what it learnt against every
    // feature's properties (our own check reads them all anyway); a field missed or typed too
    // narrowly means reading it again, whole.
    std::uintmax_t schema_sample_bytes = kDefaultSchemaSampleBytes;
    static constexpr std::uintmax_t kDefaultSchemaSampleBytes = std::uintmax_t(1) << 20;
};

// Returns nullopt when the file cannot be used at all (the reason is in `diag`).
std::optional<Layer> read_layer(const std::filesystem::path& path, const ReadOptions& options,
                                Diagnostics& diag);

}  // namespace corridor
