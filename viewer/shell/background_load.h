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
    // The share of the announced layers read (or failed), weighed by their files' sizes (by
    // count when no size is known): the bar moves as the reading does, which is mostly the biggest
    // files'.
    float fraction() const {
        std::lock_guard lock(mutex);
        double done = 0, all = 0, done_count = 0;
        for (const LayerProgress& l : lines) {
            const bool ended = l.state == LayerLoadState::Read || l.state == LayerLoadState::Failed;
            all += double(l.file_bytes), done += ended ? double(l.file_bytes) : 0, done_count += ended;
        }
        if (lines.empty()) return 0.0f;
        return all > 0 ? float(done / all) : float(done_count / double(lines.size()));
    }
    // The previews of the layers read since the last call, in the order they were read.
    std::vector<LayerPreview> take_previews() {
        std::lock_guard lock(mutex);
        return std::exchange(previews, {});
    }
    // The layer the event hands over (one just read) is made into its preview here, on the
    // reading thread (unless the status was made without a tolerance: no previews then).
    void set(const LayerLoadEvent& event) {
        std::optional<LayerPreview> preview;
        if (event.layer && preview_tolerance > 0) preview = preview_of(*event.layer, style, preview_tolerance);
        std::lock_guard lock(mutex);
        if (preview) previews.push_back(std::move(*preview));
        for (LayerProgress& l : lines)
            if (l.layer_id == event.layer_id) {
                l.state = event.state;
                if (event.file_bytes) l.file_bytes = event.file_bytes;
                return;
            }
        lines.push_back({event.layer_id, event.state, event.file_bytes});
    }

private:
    const MapStyle style;
    const double preview_tolerance;
    mutable std::mutex mutex;
    std::vector<LayerProgress> lines;
    std::vector<LayerPreview> previews;
};

// Whether a sketch of the layers read so far is worth drawing, `elapsed` into the reading with
// `fraction_done` of it done (LoadStatus::fraction): not within the first `wait`, nor when the
// rest should come within another `wait` at the pace so far. With software GL the sketch's first
// frames cost a start of a second or two a tenth of its CPU, for a picture replaced at once.
bool sketch_worth_drawing(std::chrono::duration<double> elapsed, float fraction_done, std::chrono::duration<double> wait);

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
