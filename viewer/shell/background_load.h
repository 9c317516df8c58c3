#pragma once
// Reading data off the UI thread, so the window keeps drawing (and shows progress) while GDAL
// reads and GEOS indexes. Each job returns everything by value; the UI thread takes it over.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <filesystem>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "core/base/future_ready.h"
#include "core/cache/geodata_cache.h"
#include "core/index/feature_picker.h"
#include "core/read/geodata_catalog.h"

namespace corridor {

// Shared with the loading thread: where each layer is, for the progress window's list.
struct LoadStatus {
    std::vector<LayerProgress> layers() const {
        std::lock_guard lock(mutex);
        return lines;
    }
    // The layers read (or failed) out of those announced.
    float fraction() const {
        std::lock_guard lock(mutex);
        size_t done = 0;
        for (const LayerProgress& l : lines) done += l.state == LayerLoadState::Read || l.state == LayerLoadState::Failed;
        return lines.empty() ? 0.0f : float(done) / float(lines.size());
    }
    void set(const std::string& id, LayerLoadState state) {
        std::lock_guard lock(mutex);
        for (LayerProgress& l : lines)
            if (l.layer_id == id) {
                l.state = state;
                return;
            }
        lines.push_back({id, state});
    }

private:
    mutable std::mutex mutex;
    std::vector<LayerProgress> lines;
};

// Through the cache of processed layers (core/cache/geodata_cache.h) unless `cache` disables it.
std::future<Geodata> load_geodata_async(std::filesystem::path data_dir, GeodataCacheOptions cache,
                                        std::shared_ptr<LoadStatus> status);

// The picker over every layer of `data`, which must not change until the result is taken: GEOS
// indexes the polygons (a fifth of a second on a 2 M-vertex boundary set), beside the map's start.
std::future<FeaturePicker> index_geodata_async(const Geodata& data);

struct LoadedLayer {
    std::filesystem::path path;
    std::optional<Layer> layer;
    Diagnostics diagnostics;
};
// A file over `max_bytes` is refused before it is read (ReadOptions::max_bytes).
std::future<LoadedLayer> read_layer_async(std::filesystem::path path, AdminMappings mappings, std::uintmax_t max_bytes);

// Layer files listed in user_config_dir()/settings.json as {"layers": ["/path/a.geojson", ...]}.
// A missing file is no problem; a bad "layers" entry is reported in `diag` (a file that is not
// JSON is load_presenter_settings' to report and set aside).
std::vector<std::string> settings_layers(const std::filesystem::path& settings_file, Diagnostics& diag);

}  // namespace corridor
