#include "viewer/shell/app.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <iostream>

#include <SFML/OpenGL.hpp>
#include <SFML/System/Sleep.hpp>
#include <SFML/Window/Event.hpp>
#include <imgui.h>

#include "core/base/png_file.h"
#include "core/project/projection.h"
#include "core/base/resource_paths.h"
#include "viewer/ui/imgui_sfml_platform.h"
#include "viewer/map/map_area.h"
#include "viewer/panels/layer_list.h"
#include "viewer/panels/menu_bar.h"
#include "viewer/ui/detail_pane.h"
#include "viewer/ui/drawn_text.h"
#include "viewer/ui/drawn_windows.h"
#include "viewer/ui/keep_on_screen.h"
#include "viewer/ui/open_folder.h"
#include "viewer/presenter/view_export.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {

// Shown until the data is read: Mali and Burkina Faso, roughly.
Box default_home() {
    Box b;
    MapPoint sw = lonlat_to_mercator({-12.3, 9.4}), ne = lonlat_to_mercator({4.3, 25.0});
    b.expand(sw.x, sw.y), b.expand(ne.x, ne.y);
    return b;
}

constexpr double kPickTolerancePixels = 6;  // for points and lines

const sf::Color kBackground(170, 211, 223);  // sea and everything outside the data

GeodataCacheOptions cache_options_of(const CommandLine& cl, const PresenterSettings& settings) {
    GeodataCacheOptions options;
    options.enabled = !cl.no_cache;
    options.max_bytes = cache_max_bytes(settings);
    return options;
}

std::filesystem::path data_dir_of(const CommandLine& cl) {
    return cl.data_dir.empty() ? default_data_dir() : std::filesystem::path(cl.data_dir);
}

}  // namespace

App::App(AppOptions options)
    : options_(std::move(options)),
      settings_(load_presenter_settings(user_config_dir() / "settings.json", problems_)),
      cache_options_(cache_options_of(options_.command_line, settings_)),
      // The previews in the map's style (its problems are reported when the renderer loads it
      // again), thinned to two pixels of the view the window opens on (2.9 km at 1280 wide).
      geodata_status_(std::make_shared<LoadStatus>(map_style(settings_, nullptr),
                                                   2 * default_home().width() / std::max(options_.command_line.width, 320))),
      geodata_job_(load_geodata_async(data_dir_of(options_.command_line), cache_options_, geodata_status_)) {
    translator_.load(asset_path("i18n"), problems_);
    translator_.set_language(initial_language(options_.command_line.lang));
    set_ui_translator(&translator_);
    about_panel_.load(project_geodata_path("about.json"), problems_);
    if (cache_options_.enabled) names_.use_cache(cache_store(cache_options_));
}

App::~App() {
    // Jobs must end before the data they would hand over is destroyed.
    finish_writing();
    renderer_.reset();
    if (imgui_ready_) imgui_sfml::shutdown();
    set_ui_translator(nullptr);
}

void App::finish_writing() {
    if (geodata_job_.valid()) geodata_job_.wait();
    if (picker_job_.valid()) picker_job_.wait();
    for (auto& j : layer_jobs_) j.job.wait();
    names_.finish_building();
    if (renderer_) renderer_->finish_caching();
    if (imgui_ready_) imgui_sfml::save_settings_if_needed(true);
}

bool App::start() {
    const CommandLine& cl = options_.command_line;
    windowed_size_ = {unsigned(cl.width), unsigned(cl.height)};
    if (!create_window(cl.fullscreen)) {
        std::cerr << "corridor-viewer: cannot open a window (is DISPLAY set?)\n";
        return false;
    }
    imgui_sfml::Options io_options;
    if (!options_.scripted) io_options.ini_file = user_config_dir() / "imgui.ini";
    imgui_ready_ = imgui_sfml::init(window_, io_options);
    if (!imgui_ready_) {
        std::cerr << "corridor-viewer: cannot start the OpenGL user interface\n";
        return false;
    }
    apply_ui_style(settings_.ui_scale, settings_.high_contrast);
    update_fonts();
    Box home = default_home();
    camera_.fit(home);

    for (const std::string& f : settings_layers(user_config_dir() / "settings.json", problems_)) queued_layers_.push_back(f);
    for (const std::string& f : cl.open_files) queued_layers_.push_back(f);
    problems_open_ = problems_.has_errors();
    return true;
}

int App::run(FrameHooks* hooks) {
    sf::Clock clock, frame_time;
    while (window_.isOpen()) {
        frame_time.restart();
        double dt = options_.scripted ? options_.frame_seconds : clock.restart().asSeconds();
        clock_ += dt;
        sf::Event e;
        while (window_.pollEvent(e)) {
            bool user_input = e.type != sf::Event::Closed && e.type != sf::Event::Resized &&
                              e.type != sf::Event::GainedFocus && e.type != sf::Event::LostFocus;
            // In a scripted run only the script moves the mouse: a stray real pointer would
            // make the run depend on where it rests.
            if (options_.scripted && user_input) {
                if (hooks) hooks->take_input(e);
            } else {
                handle_event(e);
            }
        }
        if (!window_.isOpen()) break;
        // What finished since the last frame is taken in before a script looks whether the
        // data is in: the frame that first draws the names can then be its screenshot.
        update_loading();
        // A warm start has its data before the first frame: its panels are laid out once
        // unseen, so that this frame frames home in the map area they leave, and the next one
        // (ImGui sizes a scrollbar from the frame before) is settled.
        if (map_area_.empty() && home_refit_pending()) lay_out_unseen();
        if (hooks) hooks->before_frame(*this);

        update_fonts();
        imgui_sfml::new_frame(window_, sf::seconds(float(dt)));
        MapContext ctx = map_context();
        presenter_.update(ctx, dt);
        apply(ctx.asks);
        fly_.advance(camera_, dt);
        refit_home();
        update_hover();
        lay_out_ui();

        window_.clear(kBackground);
        draw_map();
        imgui_sfml::render(window_);
        if (hooks) hooks->after_draw(*this);
        window_.display();
        if (hooks && hooks->finished()) break;
        pace_loading_frame(frame_time.getElapsedTime());
    }
    return 0;
}

// While the boundary data loads, at most 20 frames a second (30 while the map's meshes are
// built), so that drawing them does not take a core from that work (without vsync, as in
// scripted runs or under Xvfb, a frame every 3-4 ms kept one of two cores busy; at 60 a second,
// software GL's threads still took a quarter of a core from the readers). The progress list
// needs no more, and there is no map to move yet. The wait for the data ends as soon as it is
// there.
void App::pace_loading_frame(sf::Time drawn_in) {
    constexpr sf::Int64 kLoadingFrameMicros = 1'000'000 / 20, kPreparingFrameMicros = 1'000'000 / 30;
    if (geodata_job_.valid()) {
        const sf::Int64 left = kLoadingFrameMicros - drawn_in.asMicroseconds();
        if (left > 0) geodata_job_.wait_for(std::chrono::microseconds(left));
    } else if (map_preparing()) {
        // 30 a second: the map now draws, and with software GL each frame costs a core for a
        // good part of its time.
        const sf::Int64 left = kPreparingFrameMicros - drawn_in.asMicroseconds();
        if (left > 0) sf::sleep(sf::microseconds(left));
    }
}

void App::handle_event(const sf::Event& e) {
    imgui_sfml::process_event(e);
    if (e.type == sf::Event::Closed) return window_.close();
    if (e.type == sf::Event::Resized) return resize(e.size.width, e.size.height);
    if (e.type == sf::Event::KeyPressed && handle_app_key(e.key)) return;
    if (presenter_.active() && e.type == sf::Event::KeyPressed) {
        MapContext ctx = map_context();
        const bool taken = presenter_.handle_key(ctx, e.key);
        apply(ctx.asks);
        if (taken) return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    MapInputResult r = input_.handle(e, camera_, clock_, !io.WantCaptureMouse, !io.WantCaptureKeyboard);
    if (r.camera_moved) fly_.stop(), home_refits_ = 0, moved_while_loading_ = geodata_job_.valid();
    if (r.home) go_home();
    if (r.escape) close_top_panel();
    if (r.clicked && !geodata_job_.valid() && !presenter_.active() && picker_ready(true)) {
        // Markers and corridors lie over the communes: they take the click first.
        MapContext ctx = map_context();
        const bool taken = overlay_.click(ctx, r.at);
        apply(ctx.asks);
        if (taken) return;
        MapPoint p = camera_.screen_to_map(r.at);
        FeatureRef f = picker_.pick(data_, p, kPickTolerancePixels * camera_.meters_per_pixel(),
                                       [this](int i) { return pickable(i); });
        select(f);
    }
}

// Esc closes the detail panel on top (the last drawn of the commune, initiative and corridor
// panels), as a browser's Esc closes the front dialog.
void App::close_top_panel() {
    const std::vector<DrawnWindow> windows = drawn_windows();  // back to front
    for (auto w = windows.rbegin(); w != windows.rend(); ++w) {
        auto is = [&](const char* id) { return w->name.size() >= std::strlen(id) && w->name.ends_with(id); };
        if (is("###feature")) return select({});
        if (is("###initiative")) return overlay_.close_panel(OverlayPanel::Initiative);
        if (is("###corridor")) return overlay_.close_panel(OverlayPanel::Corridor);
    }
}

void App::resize(unsigned width, unsigned height) {
    window_.setView(sf::View(sf::FloatRect(0, 0, float(width), float(height))));
    camera_.set_viewport(width, height);
}

MapContext App::map_context() {
    MapContext ctx{camera_, data_, highlight_, layers_, translator_, settings_.ui_scale, presenter_.active(), clock_,
                   export_folder(settings_), {}, {}};
    for (int i = int(data_.layers.size()) - 1; renderer_ && i >= 0; --i)
        if (std::optional<Rgba> colour = renderer_->user_colour(i)) ctx.user_layers.push_back({i, *colour});
    return ctx;
}

void App::apply(MapAsks& asks) {
    // A detail panel about to open is not yet in map_area(): frame beside where it will be.
    double panel = asks.panel_px;
    if (asks.select && asks.select->valid()) panel = std::max(panel, double(detail_pane_reserve()));
    const Box area = beside_right_panel(map_area_, camera_.viewport_width(), panel);
    if (asks.select) select(*asks.select);
    if (asks.fly_to) fly_in_area(*asks.fly_to, area);
    if (asks.fly_to_center) {
        fly_.start(camera_view(camera_),
                   camera_view(centre_in_area(camera_, asks.fly_to_center->first, asks.fly_to_center->second, area)));
    }
    if (asks.fly_within) fly_in_area(asks.fly_within->first, asks.fly_within->second);
    if (!asks.problems.empty()) report_problems(asks.problems);
    if (asks.name_field) pending_name_field_ = asks.name_field;  // applied in update_loading()
    asks = {};
}

bool App::start_tour(const std::string& id) {
    MapContext ctx = map_context();
    const bool started = presenter_.start(ctx, id);
    apply(ctx.asks);
    return started;
}

Box App::home_bounds() const {
    Box b;
    for (const char* id : {"mli_communes", "bfa_communes"})
        if (const Layer* l = data_.layer(id)) b.expand(l->bounds);
    return b.empty() ? default_home() : b;
}

void App::fly_to(const Box& target) { fly_in_area(target, map_area_); }

void App::fly_in_area(const Box& target, const Box& area) {
    if (target.empty()) return;
    Camera goal = fit_in_area(camera_, target, inset(area, kFramingPadding), 0);
    fly_.start(camera_view(camera_), camera_view(goal));
}

Box App::drawn_map_area() const {
    std::vector<Box> panels;
    for (const FrameRecord::Panel& p : frame_record_.panels) panels.push_back(p.rect);
    return unobstructed_area(camera_.viewport_width(), camera_.viewport_height(), menu_height_, panels,
                             furniture_.attribution);
}

void App::update_map_area() {
    map_area_ = drawn_map_area();
    // The panels have settled once a frame leaves the map area as the last refit found it: the
    // next frame would frame home the same, so none is pending (a screenshot takes that frame).
    if (home_refit_pending() && home_refits_ < kHomeRefits && map_area_ == refit_area_) home_refits_ = 0;
}

void App::lay_out_ui() {
    frame_record_.clear();
    preview_drawn_.clear();
    draw_ui();
    update_map_area();
}

void App::lay_out_unseen() {
    update_fonts();
    imgui_sfml::new_frame(window_, sf::Time::Zero);
    lay_out_ui();
    ImGui::EndFrame();
}

bool App::home_refit_pending() const { return home_refits_ > 0 && !fly_.active(); }

void App::refit_home() {
    // Home waits for the docked panels' first frames (the legend sizes itself in two; at most
    // kHomeRefits, fewer once the map area stays put: update_map_area). Before
    // anything of the frame is drawn: its markers, names and map all use one camera.
    if (home_refit_pending() && !map_area_.empty()) {  // none before the first frame has laid out the panels
        --home_refits_;
        refit_area_ = map_area_;
        camera_ = fit_in_area(camera_, home_bounds(), inset(map_area_, kFramingPadding), 0);
    }
}

void App::fly_to(MapPoint center, double zoom) {
    fly_.start(camera_view(camera_), camera_view(centre_in_area(camera_, center, zoom, map_area_)));
}

void App::select(FeatureRef feature) {
    highlight_.selected = feature;
    if (feature.valid()) feature_panel_.open(data_, feature);
    else feature_panel_.close();
}

FeatureRef App::find_feature(const std::string& key) const {
    for (int by_name = 0; by_name < 2; ++by_name)
        for (int i : FeaturePicker::pick_order(data_)) {
            const Layer& l = data_.layers[i];
            for (size_t j = 0; j < l.features.size(); ++j) {
                const Feature& f = l.features[j];
                if (by_name ? f.name == key : f.id == key) return {i, int(j)};
            }
        }
    return {};
}

bool App::set_layer_shown(const std::string& id, bool shown) {
    const Layer* l = data_.layer(id);
    if (!l) return false;
    layers_.set(int(l - data_.layers.data()), shown);
    return true;
}

// Place layers are not picked: their dots show by rank, while the layer holds every village,
// and a click near one means the commune around it.
bool App::pickable(int layer) const { return layer_visible(layer) && data_.layers[layer].role != "places"; }

void App::update_hover() {
    highlight_.hovered = {};
    if (geodata_job_.valid() || !picker_ready(false)) return;
    if (presenter_.active()) return;
    if (!input_.mouse_inside() || input_.dragging() || ImGui::GetIO().WantCaptureMouse) return;
    MapPoint p = camera_.screen_to_map(input_.mouse());
    FeatureRef f = picker_.pick(data_, p, kPickTolerancePixels * camera_.meters_per_pixel(),
                                   [this](int i) { return pickable(i); });
    highlight_.hovered = f;
}

void App::draw_ui() {
    if (presenter_.active()) return draw_presenting_ui();
    MenuState menu_state{layers_open_, fullscreen_, settings_.ui_scale, settings_.high_contrast, presenter_.has_tour(),
                         export_folder(settings_).string(), recording_.running(), settings_.export_title,
                         settings_.export_date_line};
    MenuActions menu = draw_menu_bar(menu_state, &menu_height_, frame_record_);
    if (menu.quit) window_.close();
    if (menu.home) go_home();
    if (menu.toggle_layers) layers_open_ = !layers_open_;
    if (!menu.language.empty()) set_language(menu.language);
    if (menu.open_file) open_file_browser();
    if (menu.open_export_folder) open_folder(export_folder(settings_));
    if (menu.toggle_export_title || menu.toggle_export_date_line) {
        settings_.export_title ^= menu.toggle_export_title;
        settings_.export_date_line ^= menu.toggle_export_date_line;
        save_presenter_settings(user_config_dir() / "settings.json", settings_, problems_);
    }
    if (menu.export_scale) export_png(menu.export_scale, {}, nullptr, user_export_extras());
    if (!menu.export_extension.empty()) {
        std::filesystem::path file = export_folder(settings_) / export_file_name(view_place_name(), today_iso_date());
        export_view(file.replace_extension(menu.export_extension), 1, nullptr, user_export_extras(menu.export_page));
    }
    if (menu.toggle_fullscreen) set_fullscreen(!fullscreen_);
    if (menu.ui_scale > 0) set_ui_scale(menu.ui_scale);
    if (menu.toggle_high_contrast) set_high_contrast(!settings_.high_contrast);
    if (menu.start_tour) start_tour("");
    if (menu.record_tour) record_tour_video();
    if (menu.about) about_panel_.open();

    MapContext ctx = map_context();  // after the menu, which may have started the tour
    furniture_ = draw_map_furniture(camera_, data_, layers_, input_.mouse_inside(), input_.mouse());
    // The docked column ends above the furniture it would cover (at the bottom left, and the
    // attribution too where its long lines reach that far on a narrow window).
    float column_bottom = float(camera_.viewport_height());
    for (const Box& b : furniture_.all())
        if (b.min_x < LeftDock::kMargin + left_dock_.column_width()) column_bottom = std::min(column_bottom, float(b.min_y));
    left_dock_.begin_frame(menu_height_, column_bottom);
    if (FeatureRef f = draw_layer_list(data_, layers_, &layers_open_, left_dock_, frame_record_); f.valid()) select(f);
    if (feature_panel_.is_open()) {
        // A commune's panel lists its initiatives, each opening its own panel.
        if (feature_panel_.begin(data_, frame_record_)) overlay_.draw_commune_section(ctx, feature_panel_.feature());
        feature_panel_.end(data_);
    }
    if (!feature_panel_.is_open()) highlight_.selected = {};
    if (auto file = file_browser_.draw(frame_record_)) open_layer(*file);
    draw_features(ctx);

    std::vector<LoadingTask> tasks;
    if (geodata_job_.valid()) {
        LoadingTask task{tr("map.reading_boundaries"), geodata_status_->fraction(), {}};
        task.parts = geodata_status_->layers();
        tasks.push_back(std::move(task));
    }
    if (map_preparing()) tasks.push_back({tr("map.building_map"), renderer_->prepared_fraction(), {}});
    for (const auto& j : layer_jobs_) tasks.push_back({j.name, -1, {}});
    for (const auto& p : queued_layers_) tasks.push_back({p.filename().string(), -1, {}});
    draw_loading(tasks, clock_, frame_record_);
    draw_problems(problems_, &problems_open_, left_dock_, frame_record_);
    about_panel_.draw(data_.data_dir, frame_record_);
    if (highlight_.hovered.valid()) draw_hover_tooltip(data_, highlight_.hovered, frame_record_);
    draw_export_notice();
    keep_windows_on_screen(menu_height_);
    draw_names(ctx);
    apply(ctx.asks);
    sync_detail_pane();
}

// Last, when every window of this frame is placed: the names inside the map area they leave
// (the map_area() of this frame's state), clear of the panels and the furniture.
void App::draw_names(const MapContext& ctx) {
    // Not over a map still being built: placed now, beside the progress window, the names would
    // keep those places (they stay put once shown), and a first start would look unlike the next.
    if (map_preparing()) return;
    names_.draw_labels(ctx, ui_rects(), furniture_.all(), drawn_map_area());
}

void App::draw_presenting_ui() {
    // Only the map, the markers and the caption for the audience.
    menu_height_ = 0;
    furniture_ = {};
    MapContext ctx = map_context();
    // Blacked out, the audience sees nothing: no markers or names are drawn, so none are listed.
    const bool blackout = presenter_.blacked_out();
    if (!blackout) draw_features(ctx);
    presenter_.draw(ctx, fonts_);
    // No export confirmation here: its full path is not for the audience (state "export" has it).
    keep_windows_on_screen(0);
    // The map's names too, clear of the caption: the audience sees which towns a step is about.
    if (!blackout) draw_names(ctx);
    apply(ctx.asks);
}

// The search box, then the programme's markers and panels; then what each needs of the other.
void App::draw_features(MapContext& ctx) {
    if (auto chosen = names_.draw_search(ctx, frame_record_))
        if (!overlay_.choose(ctx, *chosen)) go_to_search_entry(ctx, *chosen);
    overlay_.draw(ctx, presenter_.highlight().initiatives, left_dock_, frame_record_);
    names_.labels().set_obstacles(overlay_.label_obstacles());
    if (auto towns = overlay_.take_town_labels()) names_.labels().set_priority_labels(std::move(*towns));
}

std::vector<Box> App::ui_rects() const {
    std::vector<Box> out;
    for (const DrawnWindow& w : drawn_windows())
        if (!w.hidden) out.push_back(w.rect());
    return out;
}

void App::draw_map() {
    // While home is framed over the first frames, the next one moves the camera: the map drawn
    // now would be replaced before anyone could read it (~9 ms a frame with software GL).
    const bool map_drawn = renderer_ && !home_refit_pending();
    if (map_drawn) {
        window_.pushGLStates();
        renderer_->draw(camera_, highlight_, layers_, settings_.ui_scale);  // takes in the meshes built so far
        overlay_.draw_map(map_context());  // the corridors, over the communes
        window_.popGLStates();
    }
    // Until the map has meshes to draw, the layers read so far stand in for it. SFML draws
    // them, with its own GL state (reset from what ImGui left).
    if (!load_preview_.empty() && (!map_drawn || !renderer_->has_items())) {
        window_.pushGLStates();
        preview_drawn_ = load_preview_.draw(window_, camera_);
        window_.popGLStates();
    }
}

nlohmann::json App::state() const {
    nlohmann::json s = frame_json(frame_record_);
    s["camera"] = camera_json(camera_);
    s["hovered"] = feature_json(data_, highlight_.hovered);
    s["selected"] = feature_json(data_, highlight_.selected);
    s["layers"] = layers_json(data_, layers_);
    s["language"] = translator_.language();
    s["tour"] = presenter_.tour_state(translator_.language());
    s["presenter"] = {{"active", presenter_.active()},
                      {"fullscreen", fullscreen_},
                      {"ui_scale", settings_.ui_scale},
                      {"high_contrast", settings_.high_contrast}};
    s["export"] = export_report_;
    s["export"]["path"] = export_notice_.path;
    s["export"]["ok"] = export_notice_.ok;
    s["windows"] = window_rects_json();
    s["furniture"] = {{"scale_bar", rect_json(furniture_.scale_bar)},
                      {"cursor", rect_json(furniture_.cursor)},
                      {"attribution", rect_json(furniture_.attribution)},
                      {"attribution_text", furniture_.attribution_text}};
    s["map_area"] = rect_json(map_area_);
    s["loading"] = loading();
    s["preview"] = preview_drawn_;
    s["problems"] = problems_json(problems_);
    s["about"] = about_panel_.state(data_.data_dir);
    s["file_browser"] = file_browser_.state();
    overlay_.write_state(s, translator_);
    names_.write_state(s);
    return s;
}

bool App::save_text_log(const std::filesystem::path& file) const {
    std::ofstream out(file);
    out << drawn_text(ImGui::GetDrawData());
    return bool(out);
}

bool App::save_screenshot(const std::filesystem::path& png) {
    // The frame as drawn, read straight from the back buffer (rows bottom up), then turned
    // upright in place, instead of copied through an SFML texture and then an image.
    const unsigned width = window_.getSize().x, height = window_.getSize().y;
    const size_t row = size_t(width) * 4;
    std::vector<unsigned char> pixels(row * height);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, GLsizei(width), GLsizei(height), GL_RGBA, GL_UNSIGNED_BYTE, pixels.data());
    for (unsigned y = 0; y < height / 2; ++y)
        std::swap_ranges(pixels.begin() + std::ptrdiff_t(y * row), pixels.begin() + std::ptrdiff_t((y + 1) * row),
                         pixels.begin() + std::ptrdiff_t((height - 1 - y) * row));
    std::string error;  // write_png leaves no half-written file on failure
    return write_png(png, pixels.data(), width, height, error);
}

}  // namespace corridor
