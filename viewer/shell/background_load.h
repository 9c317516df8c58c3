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

// Shared with the loading thread: how far it got, for the progress bar.
struct LoadStatus {
    std::atomic<float> fraction{0};
    std::string layer_id() const {
        std::lock_guard lock(mutex);
        return layer;
    }
    void set(float f, const std::string& id) {
        std::lock_guard lock(mutex);
        fraction = f, layer = id;
    }

private:
    mutable std::mutex mutex;
    std::string layer;
};

struct LoadedGeodata {
    Geodata data;
    FeaturePicker picker;  // already indexed: building it is most of the waiting
};
// Through the cache of processed layers (core/cache/geodata_cache.h) unless `cache` disables it.
std::future<LoadedGeodata> load_geodata_async(std::filesystem::path data_dir, GeodataCacheOptions cache,
                                              std::shared_ptr<LoadStatus> status);

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
