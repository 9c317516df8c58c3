#pragma once
// The default data: the layers listed in geodata/layers.json, read from the boundary data
// folder (../shared/geodata, or --data DIR). Also the summary behind `--validate`.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "core/normalise/admin_mapping.h"
#include "core/base/diagnostics.h"
#include "core/normalise/feature.h"

namespace corridor {

struct Geodata {
    std::filesystem::path data_dir;
    AdminMappings mappings;
    std::vector<Layer> layers;
    Diagnostics diagnostics;
    // The cache key the data was loaded under (load_geodata_cached), empty otherwise, and how
    // many layers came with it (the user's own come after): what is built from exactly those
    // layers may be kept in the cache under that key.
    std::string source_key;
    size_t source_layers = 0;

    const Layer* layer(const std::string& id) const;
    // Admin layers at one level (both countries), in catalogue order.
    std::vector<const Layer*> admin_layers(AdminLevel level) const;
    // A commune by P-code in any commune layer; nullptr if unknown.
    const Feature* commune(const std::string& pcode, const Layer** layer_out = nullptr) const;
    size_t commune_count(const std::string& country) const;
};

// Each layer's progress, for a display that lists them: every layer of the catalogue is first
// announced as Waiting (in catalogue order), then Reading when a worker takes it, then Read or
// Failed. Layers are read in parallel; calls come one at a time, from the reading threads.
enum class LayerLoadState { Waiting, Reading, Read, Failed };
struct LayerLoadEvent {
    const std::string& layer_id;
    LayerLoadState state;
    // With Read, the layer just read from its file, for the length of the call (so that what is
    // ready can be shown at once); null otherwise, and for layers taken from a cache.
    const Layer* layer = nullptr;
    // The size of the layer's file, with every event (0 if it cannot be had, and from a cache):
    // the share of the reading each layer is, for a bar that moves as the work does.
    std::uintmax_t file_bytes = 0;
};
using LoadProgress = std::function<void(const LayerLoadEvent&)>;
struct LayerProgress {  // one line of such a display
    std::string layer_id;
    LayerLoadState state = LayerLoadState::Waiting;
    std::uintmax_t file_bytes = 0;
};

// Reads geodata/layers.json and every layer it lists from `data_dir`. Problems go to
// Geodata::diagnostics; a layer that cannot be read is left out, the others still load.
Geodata load_geodata(const std::filesystem::path& data_dir, const LoadProgress& progress = {});

// Text of `--validate`: each layer with its feature count and extent, communes per country,
// the other files checked, then every warning and error. Usable data (no errors, both
// countries' communes) returns true.
bool write_validation_report(const Geodata& data, std::string& report, const std::vector<std::string>& also_checked = {});

}  // namespace corridor
