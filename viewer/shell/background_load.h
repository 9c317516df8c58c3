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
#include <utility>
#include <vector>

#include "core/base/future_ready.h"
#include "core/cache/geodata_cache.h"
#include "core/index/feature_picker.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/layer_preview.h"

namespace corridor {

// Shared with the loading thread: where each layer is, for the progress window's list, and the
// preview of each layer read (drawn in `style`, thinned to `preview_tolerance` metres, until the
// map is built).
struct LoadStatus {
    explicit LoadStatus(MapStyle style = {}, double preview_tolerance = 0)
        : style(std::move(style)), preview_tolerance(preview_tolerance) {}
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
    // The previews of the layers read since the last call, in the order they were read.
    std::vector<LayerPreview> take_previews() {
        std::lock_guard lock(mutex);
        return std::exchange(previews, {});
    }
    // `layer`: the one just read, made into its preview here, on the reading thread (unless the
    // status was made without a tolerance: no previews then).
    void set(const std::string& id, LayerLoadState state, const Layer* layer = nullptr) {
        std::optional<LayerPreview> preview;
        if (layer && preview_tolerance > 0) preview = preview_of(*layer, style, preview_tolerance);
        std::lock_guard lock(mutex);
        if (preview) previews.push_back(std::move(*preview));
        for (LayerProgress& l : lines)
            if (l.layer_id == id) {
                l.state = state;
                return;
            }
        lines.push_back({id, state});
    }

private:
    const MapStyle style;
    const double preview_tolerance;
    mutable std::mutex mutex;
    std::vector<LayerProgress> lines;
    std::vector<LayerPreview> previews;
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
