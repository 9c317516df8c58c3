// The app's data as it arrives: the boundary layers read in the background, the user's extra
// layers, and what is built from them once they are in (renderer meshes, tours). Part of App
// (app.h); the frame loop is in app.cpp.
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <utility>

#include "core/base/resource_paths.h"
#include "viewer/map/map_mesh.h"
#include "viewer/shell/app.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {
constexpr std::chrono::milliseconds kPreviewAfter{1000};  // of reading the boundary data
}  // namespace

bool App::loading() const {
    // Home is framed over the first frames after the data arrives: a script's view waits for it.
    // On a first start the finer levels of detail come after the data: until the view's own
    // are in, the map is drawn coarser than it will be, and a script's screenshot waits.
    return geodata_job_.valid() || !layer_jobs_.empty() || !queued_layers_.empty() || busy_reading_data() ||
           !load_preview_.empty() ||
           home_refits_ > 0 || (renderer_ && !renderer_->detail_ready(camera_, layers_));
}

bool App::map_levels_loading() const { return renderer_ && renderer_->loading(); }

void App::open_file_browser() {
    FileBrowserPlaces places;
    if (const char* home = std::getenv("HOME"); home && *home) places.home = home;
    places.data = data_.data_dir;
    for (const std::string& f : settings_.recent_files) places.recent.push_back(f);
    file_browser_.open(std::filesystem::current_path(), std::move(places));
}

// The picker's indexing, the names' worker, or the renderer's builder on a first start: all
// read data_.
bool App::busy_reading_data() const {
    return picker_job_.valid() || names_.building() || map_preparing();
}

bool App::map_preparing() const { return renderer_ && renderer_->preparing(); }

// Hover waits for the picker; a click takes it as soon as it is there (`wait`).
bool App::picker_ready(bool wait) {
    if (picker_job_.valid() && (wait || is_ready(picker_job_))) picker_ = picker_job_.get();
    return !picker_job_.valid();
}

void App::report_problems(const Diagnostics& diag) {
    problems_.append(diag);
    if (diag.has_errors()) problems_open_ = true;
}

void App::open_layer(const std::filesystem::path& file) {
    remember_recent_file(settings_, std::filesystem::absolute(file).string());  // the browser's Recent
    save_presenter_settings(user_config_dir() / "settings.json", settings_, problems_);
    queued_layers_.push_back(file);
    announce_layers_.push_back(file.filename().string());  // the user asked: say so and go there
}

void App::on_geodata_loaded(Geodata loaded) {
    data_ = std::move(loaded);
    geodata_status_->take_previews();  // those of a load quicker than kPreviewAfter: never drawn
    picker_job_ = index_geodata_async(data_);
    problems_.append(data_.diagnostics);
    problems_open_ = problems_.has_errors();
    start_names();
    Box home = home_bounds();
    // Keep the view on West Africa: the centre within the corridor plus its own size around it.
    Box area = home;
    area.expand(home.min_x - home.width(), home.min_y - home.height());
    area.expand(home.max_x + home.width(), home.max_y + home.height());
    camera_.set_limits(area, kFinestMetersPerPixel, std::max(home.width(), home.height()) / 128);
    // Home is framed, unless the user has moved over the preview meanwhile: the view stays theirs.
    if (!std::exchange(moved_while_loading_, false)) {
        camera_.fit(home, 40);
        home_refits_ = kHomeRefits;
    } else {
        camera_.clamp_to_limits();
    }
    // Without their meshes in the cache, the layers are drawn as each is built (seconds on a
    // full-resolution boundary set), while the window goes on drawing.
    rebuild_renderer(true);
    on_tours_loaded();
}

// The names' worker starts first, before the renderer's and the first frames' work on this
// thread: a warm start's names are then in for the first frame drawn with the map (started in
// the first frame's UI, they came a frame later). The programme's search entries are indexed
// with them, so the programme is loaded here.
void App::start_names() {
    MapContext ctx = map_context();
    overlay_.load(ctx);
    apply(ctx.asks);
    if (auto entries = overlay_.take_search_entries()) names_.add_search_entries(std::move(*entries));
    names_.start_building(data_);
}

void App::rebuild_renderer(bool in_background) {
    renderer_.reset();  // its builder, if any, stops before the new one reads the data
    renderer_ = std::make_unique<MapRenderer>();
    renderer_->build_in_background(in_background);
    Diagnostics gl_problems;
    renderer_->set_style(map_style(settings_, &gl_problems));
    renderer_->use_cache(cache_options_);
    if (!renderer_->init(data_, gl_problems)) renderer_.reset();
    problems_.append(gl_problems);
    if (gl_problems.has_errors()) problems_open_ = true;
    // A layer the user has not touched shows as its style says; a choice made stays.
    for (int i = 0; renderer_ && i < int(data_.layers.size()); ++i) layers_.set_default(i, renderer_->visible_by_default(i));
}

MapStyle App::map_style(const PresenterSettings& settings, Diagnostics* diag) {
    Diagnostics unreported;
    MapStyle style = load_map_style(project_geodata_path("styles/map_style.json"), diag ? *diag : unreported);
    return settings.high_contrast ? high_contrast_map_style(style) : style;
}

void App::on_tours_loaded() {
    TourPlaces places = load_tour_places(data_, project_geodata_path(""));
    Diagnostics tour_problems;
    std::vector<Tour> tours = load_tours(project_geodata_path("tours"), tour_references(places), tour_problems);
    problems_.append(tour_problems);
    if (tour_problems.has_errors()) problems_open_ = true;
    presenter_.set_tours(std::move(tours), std::move(places));
    fonts_dirty_ = true;  // the caption fonts carry the tours' characters
}

void App::update_loading() {
    picker_ready(false);
    // A map that comes within a second, or a second after the first, needs no sketch first:
    // with software GL, the few frames of one cost the real pack's first start a tenth of its
    // CPU time (the GL's compiling first). Once begun, the sketch goes on to the end.
    if (geodata_job_.valid() &&
        (!load_preview_.empty() ||
         sketch_worth_drawing(std::chrono::steady_clock::now() - started_, geodata_status_->fraction(), kPreviewAfter)))
        for (const LayerPreview& preview : geodata_status_->take_previews()) load_preview_.add(preview);
    // Once the map has meshes to draw (or will have none), it is drawn instead.
    if (!geodata_job_.valid() && (!renderer_ || renderer_->has_items() || !map_preparing())) load_preview_.clear();
    if (renderer_) report_problems(renderer_->take_problems());
    names_.update(data_);
    report_problems(names_.take_problems());
    if (is_ready(geodata_job_)) on_geodata_loaded(geodata_job_.get());
    if (geodata_job_.valid()) return;  // user layers need the catalogue's admin mappings
    if (busy_reading_data()) return;  // adding a layer would move data_.layers under that job
    if (pending_name_field_ && pending_name_field_->first < int(data_.layers.size()))
        name_features_by(data_.layers[pending_name_field_->first], pending_name_field_->second);
    pending_name_field_.reset();
    for (const auto& path : queued_layers_)
        layer_jobs_.push_back({path.filename().string(), read_layer_async(path, data_.mappings, max_layer_bytes(settings_))});
    queued_layers_.clear();
    for (auto it = layer_jobs_.begin(); it != layer_jobs_.end();) {
        if (!is_ready(it->job)) {
            ++it;
            continue;
        }
        LoadedLayer loaded = it->job.get();
        auto asked = std::find(announce_layers_.begin(), announce_layers_.end(), it->name);
        const bool announce = asked != announce_layers_.end();
        if (announce) announce_layers_.erase(asked);
        it = layer_jobs_.erase(it);
        problems_.append(loaded.diagnostics);
        if (loaded.diagnostics.has_errors() || !loaded.layer) problems_open_ = true;
        if (!loaded.layer) continue;
        data_.layers.push_back(std::move(*loaded.layer));
        int index = int(data_.layers.size()) - 1;
        picker_.sync(data_);
        if (renderer_) {
            renderer_->add_layer(data_.layers.back(), index);
            layers_.set_default(index, renderer_->visible_by_default(index));
        }
        if (announce) {
            const Layer& l = data_.layers.back();
            export_notice_.message = tr_format("file.opened", l.title.c_str(), int(l.features.size()));
            export_notice_.ok = true;
            export_notice_.until = clock_ + kNoticeSeconds;
            fly_to(l.bounds);
        }
    }
}

}  // namespace corridor
