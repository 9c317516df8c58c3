#include "viewer/validate_all.h"

#include "core/base/resource_paths.h"
#include "core/base/utf8_text.h"
#include "core/cache/geodata_cache.h"
#include "core/programme/i18n.h"
#include "core/read/geodata_catalog.h"
#include "core/read/layer_reader.h"
#include "viewer/map/map_style.h"
#include "viewer/presenter/presenter_settings.h"
#include "viewer/presenter/tour_places.h"
#include "viewer/programme/programme_data.h"
#include "viewer/script/script.h"
#include "viewer/shell/background_load.h"

namespace corridor {

namespace fs = std::filesystem;

namespace {

// Where the cache of processed layers is, what it holds and whether it held this data when the
// check began (the check itself then stores it, as a launch would).
std::string cache_section(const fs::path& data_dir, const GeodataCacheOptions& cache) {
    const GeodataCacheReport r = geodata_cache_report(data_dir, cache);
    std::string text = "Cache: " + to_utf8(r.dir.string()) + " (" + std::to_string(r.use.entries) +
                       (r.use.entries == 1 ? " entry, " : " entries, ") + megabytes_text(r.use.bytes) + " of at most " +
                       megabytes_text(r.max_bytes) + ", \"cache_max_mb\" in settings.json)\n";
    if (!cache.enabled) return text + "  --no-cache: the boundary data is read without it\n\n";
    return text + (r.holds_current ? "  this boundary data is in the cache: a launch reads it from there\n\n"
                                   : "  this boundary data was not in the cache when the check began\n\n");
}

}  // namespace

int run_validation(const CommandLine& cl, std::ostream& out) {
    const fs::path data_dir = cl.data_dir.empty() ? default_data_dir() : fs::path(cl.data_dir);
    // The user's settings first: they bound the cache. Reported, never set aside here (the
    // viewer does that when it starts).
    const fs::path settings_file = user_config_dir() / "settings.json";
    Diagnostics settings_diag;
    PresenterSettings settings = load_presenter_settings(settings_file, settings_diag, false);
    GeodataCacheOptions cache;
    cache.enabled = !cl.no_cache;
    cache.max_bytes = cache_max_bytes(settings);
    const std::string cache_text = cache_section(data_dir, cache);
    Geodata data = load_geodata_cached(data_dir, cache);
    Diagnostics& diag = data.diagnostics;
    std::vector<std::string> checked;
    auto check = [&](const fs::path& file) { checked.push_back(to_utf8(file.string())); };

    // The project's own data, read as the viewer reads it (P-codes checked against the layers).
    const fs::path initiatives = project_geodata_path("initiatives.json"), corridors = project_geodata_path("corridors.json");
    load_programme_data(data, initiatives, corridors, diag);
    check(initiatives), check(corridors);
    TourPlaces places = load_tour_places(data, project_geodata_path(""));
    load_tours(project_geodata_path("tours"), tour_references(places), diag);
    check(project_geodata_path("tours"));
    Translator translator;
    translator.load(asset_path("i18n"), diag);
    check(asset_path("i18n"));
    const fs::path style = project_geodata_path("styles/map_style.json");
    load_map_style(style, diag);
    check(style);

    diag.append(settings_diag);
    std::error_code ec;
    if (fs::exists(settings_file, ec)) check(settings_file);
    std::vector<std::string> files = settings_layers(settings_file, diag);
    files.insert(files.end(), cl.open_files.begin(), cl.open_files.end());

    if (!cl.script.empty()) {
        load_script(cl.script, diag);
        check(cl.script);
    }
    for (const std::string& file : files) {
        ReadOptions options;
        options.mappings = &data.mappings;
        options.role = "user";
        options.max_bytes = max_layer_bytes(settings);
        if (auto layer = read_layer(file, options, diag)) data.layers.push_back(std::move(*layer));
    }

    std::string report;
    const bool usable = write_validation_report(data, report, checked);
    out << cache_text << report;
    return usable ? 0 : 1;
}

}  // namespace corridor
