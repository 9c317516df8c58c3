#include "viewer/shell/app.h"

#include <algorithm>
#include <fstream>
#include <iostream>

#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/Texture.hpp>
#include <SFML/Window/Event.hpp>
#include <imgui.h>
#include <imgui_internal.h>

#include "core/project/projection.h"
#include "core/base/resource_paths.h"
#include "viewer/ui/imgui_sfml_platform.h"
#include "viewer/names/cartography_layer.h"
#include "viewer/map/map_area.h"
#include "viewer/programme/overlay.h"
#include "viewer/panels/layer_list.h"
#include "viewer/panels/menu_bar.h"
#include "viewer/ui/drawn_text.h"
#include "viewer/ui/keep_on_screen.h"
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

constexpr double kMinMetersPerPixel = 2;   // street level is pointless on admin boundaries
constexpr double kPickTolerancePixels = 6;  // for points and lines

const sf::Color kBackground(170, 211, 223);  // sea and everything outside the data

}  // namespace

App::App(AppOptions options) : options_(std::move(options)) {
    translator_.load(asset_path("i18n"), problems_);
    translator_.set_language(initial_language(options_.command_line.lang));
    set_ui_translator(&translator_);
    settings_ = load_presenter_settings(user_config_dir() / "settings.json", problems_);
    cartography_ = std::make_unique<CartographyLayer>(*this);
    Overlay::install(*this);
}

App::~App() {
    // Jobs must end before the data they would hand over is destroyed.
    if (geodata_job_.valid()) geodata_job_.wait();
    for (auto& j : layer_jobs_) j.job.wait();
    cartography_.reset();
    renderer_.reset();
    if (imgui_ready_) imgui_sfml::shutdown();
    set_ui_translator(nullptr);
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

    std::filesystem::path data_dir = cl.data_dir.empty() ? default_data_dir() : std::filesystem::path(cl.data_dir);
    geodata_job_ = load_geodata_async(data_dir, geodata_status_);
    for (const std::string& f : settings_layers(user_config_dir() / "settings.json", problems_)) queued_layers_.push_back(f);
    for (const std::string& f : cl.open_files) queued_layers_.push_back(f);
    problems_open_ = problems_.has_errors();
    return true;
}

int App::run(FrameHooks* hooks) {
    sf::Clock clock;
    while (window_.isOpen()) {
        double dt = options_.scripted ? kScriptFrameSeconds : clock.restart().asSeconds();
        clock_ += dt;
        sf::Event e;
        while (window_.pollEvent(e)) {
            bool user_input = e.type != sf::Event::Closed && e.type != sf::Event::Resized &&
                              e.type != sf::Event::GainedFocus && e.type != sf::Event::LostFocus;
            // In a scripted run only the script moves the mouse: a stray real pointer would
            // make the run depend on where it rests.
            if (!(options_.scripted && user_input)) handle_event(e);
        }
        if (!window_.isOpen()) break;
        if (hooks) hooks->before_frame(*this);

        update_fonts();
        imgui_sfml::new_frame(window_, sf::seconds(float(dt)));
        update_loading();
        presenter_.update(*this, dt);
        fly_.advance(camera_, dt);
        update_hover();
        frame_record_.clear();
        draw_ui();
        update_map_area();

        window_.clear(kBackground);
        draw_map();
        imgui_sfml::render(window_);
        if (hooks) hooks->after_draw(*this);
        window_.display();
        if (hooks && hooks->finished()) break;
    }
    return 0;
}

void App::handle_event(const sf::Event& e) {
    imgui_sfml::process_event(e);
    if (e.type == sf::Event::Closed) return window_.close();
    if (e.type == sf::Event::Resized) return resize(e.size.width, e.size.height);
    if (e.type == sf::Event::KeyPressed && handle_app_key(e.key)) return;
    if (presenter_.active() && e.type == sf::Event::KeyPressed && presenter_.handle_key(*this, e.key)) return;
    const ImGuiIO& io = ImGui::GetIO();
    MapInputResult r = input_.handle(e, camera_, clock_, !io.WantCaptureMouse, !io.WantCaptureKeyboard);
    if (r.camera_moved) fly_.stop(), home_refits_ = 0;
    if (r.home) go_home();
    if (r.escape) select({});
    if (r.clicked && !geodata_job_.valid() && !presenter_.active()) {
        for (auto& handler : click_handlers_)
            if (handler(*this, r.at)) return;
        MapPoint p = camera_.screen_to_map(r.at);
        FeatureRef f = picker_.pick(data_, p, kPickTolerancePixels * camera_.meters_per_pixel(),
                                       [this](int i) { return layer_visible(i); });
        select(f);
    }
}

void App::resize(unsigned width, unsigned height) {
    window_.setView(sf::View(sf::FloatRect(0, 0, float(width), float(height))));
    camera_.set_viewport(width, height);
}

bool App::loading() const {
    if (geodata_job_.valid() || !layer_jobs_.empty() || !queued_layers_.empty()) return true;
    for (const auto& running : data_jobs_)
        if (running()) return true;
    return false;
}

Box App::home_bounds() const {
    Box b;
    for (const char* id : {"mli_communes", "bfa_communes"})
        if (const Layer* l = data_.layer(id)) b.expand(l->bounds);
    return b.empty() ? default_home() : b;
}

bool App::layer_visible(int layer) const { return renderer_ ? renderer_->layer_visible(layer) : true; }

void App::set_layer_visible(int layer, bool visible) {
    if (renderer_) renderer_->set_layer_visible(layer, visible);
}

void App::fly_to(const Box& target) {
    if (target.empty()) return;
    Camera goal = fit_in_area(camera_, target, map_area_, 40);
    fly_.start(camera_view(camera_), camera_view(goal));
}

void App::fly_to_above_band(const Box& target, double reserved) {
    if (target.empty()) return;
    // Presenting: no panels, the whole window above the caption (not last frame's map_area()).
    reserved = std::clamp(reserved, 0.0, camera_.viewport_height() * 0.6);
    Box area{0, 0, camera_.viewport_width(), camera_.viewport_height() - reserved};
    Camera goal = fit_in_area(camera_, target, area, 40);
    fly_.start(camera_view(camera_), camera_view(goal));
}

void App::update_map_area() {
    std::vector<Box> panels;
    for (const FrameRecord::Panel& p : frame_record_.panels) panels.push_back(p.rect);
    map_area_ = unobstructed_area(camera_.viewport_width(), camera_.viewport_height(), menu_height_, panels,
                                  furniture_.attribution);
    // Home waits for the docked panels' first frames (the legend sizes itself in two).
    if (home_refits_ > 0 && !fly_.active()) {
        --home_refits_;
        camera_ = fit_in_area(camera_, home_bounds(), map_area_, 40);
    }
}

void App::fly_to(MapPoint center, double zoom) {
    Camera goal = camera_;
    goal.set_view(center, zoom);
    fly_.start(camera_view(camera_), camera_view(goal));
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

void App::report_problems(const Diagnostics& diag) {
    problems_.append(diag);
    if (diag.has_errors()) problems_open_ = true;
}


void App::open_layer(const std::filesystem::path& file) { queued_layers_.push_back(file); }

void App::on_geodata_loaded(LoadedGeodata loaded) {
    data_ = std::move(loaded.data);
    picker_ = std::move(loaded.picker);
    problems_.append(data_.diagnostics);
    problems_open_ = problems_.has_errors();
    Box home = home_bounds();
    // Keep the view on West Africa: the centre within the corridor plus its own size around it.
    Box area = home;
    area.expand(home.min_x - home.width(), home.min_y - home.height());
    area.expand(home.max_x + home.width(), home.max_y + home.height());
    camera_.set_limits(area, kMinMetersPerPixel, std::max(home.width(), home.height()) / 128);
    camera_.fit(home, 40);
    home_refits_ = 3;
    rebuild_renderer();
    on_tours_loaded();
}

void App::rebuild_renderer() {
    // Keep the user's layer choices across a rebuild; the first build keeps the defaults.
    std::vector<bool> visible;
    for (int i = 0; renderer_ && i < int(data_.layers.size()); ++i) visible.push_back(layer_visible(i));
    renderer_ = std::make_unique<MapRenderer>();
    Diagnostics gl_problems;
    MapStyle style = load_map_style(project_geodata_path("styles/map_style.json"), gl_problems);
    renderer_->set_style(settings_.high_contrast ? high_contrast_map_style(style) : style);
    if (!renderer_->init(data_, gl_problems)) renderer_.reset();
    problems_.append(gl_problems);
    if (gl_problems.has_errors()) problems_open_ = true;
    for (int i = 0; renderer_ && i < int(visible.size()); ++i) renderer_->set_layer_visible(i, visible[i]);
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
    if (is_ready(geodata_job_)) on_geodata_loaded(geodata_job_.get());
    if (geodata_job_.valid()) return;  // user layers need the catalogue's admin mappings
    for (const auto& running : data_jobs_)
        if (running()) return;  // adding a layer would move data_.layers under that job
    for (const auto& path : queued_layers_)
        layer_jobs_.push_back({path.filename().string(), read_layer_async(path, data_.mappings)});
    queued_layers_.clear();
    for (auto it = layer_jobs_.begin(); it != layer_jobs_.end();) {
        if (!is_ready(it->job)) {
            ++it;
            continue;
        }
        LoadedLayer loaded = it->job.get();
        it = layer_jobs_.erase(it);
        problems_.append(loaded.diagnostics);
        if (loaded.diagnostics.has_errors() || !loaded.layer) problems_open_ = true;
        if (!loaded.layer) continue;
        data_.layers.push_back(std::move(*loaded.layer));
        int index = int(data_.layers.size()) - 1;
        picker_.sync(data_);
        if (renderer_) renderer_->add_layer(data_.layers.back(), index);
    }
}

void App::update_hover() {
    highlight_.hovered = {};
    if (geodata_job_.valid()) return;
    if (presenter_.active()) return;
    if (!input_.mouse_inside() || input_.dragging() || ImGui::GetIO().WantCaptureMouse) return;
    MapPoint p = camera_.screen_to_map(input_.mouse());
    FeatureRef f = picker_.pick(data_, p, kPickTolerancePixels * camera_.meters_per_pixel(),
                                   [this](int i) { return layer_visible(i); });
    highlight_.hovered = f;
}

void App::draw_ui() {
    auto visible = [this](int i) { return layer_visible(i); };
    if (presenter_.active()) {
        // Only the map, the caption and the plug-ins (which check presenting()) for the audience.
        menu_height_ = 0;
        furniture_ = {};
        for (const PanelDraw& panel : panels_) panel(*this, frame_record_);
        presenter_.draw(*this, fonts_);
        draw_export_notice();
        keep_windows_on_screen(0);
        // The map's names too (clear of the caption): the audience sees which towns a step is about.
        for (const PanelDraw& overlay : overlays_) overlay(*this, frame_record_);
        return;
    }
    MenuState menu_state{layers_open_, fullscreen_, settings_.ui_scale, settings_.high_contrast, presenter_.has_tour(),
                         export_folder(settings_).string()};
    MenuActions menu = draw_menu_bar(menu_state, &menu_height_);
    if (menu.quit) window_.close();
    if (menu.home) go_home();
    if (menu.toggle_layers) layers_open_ = !layers_open_;
    if (!menu.language.empty()) set_language(menu.language);
    if (menu.open_file) file_browser_.open(std::filesystem::current_path());
    if (menu.export_scale) export_png(menu.export_scale);
    if (menu.toggle_fullscreen) set_fullscreen(!fullscreen_);
    if (menu.ui_scale > 0) set_ui_scale(menu.ui_scale);
    if (menu.toggle_high_contrast) set_high_contrast(!settings_.high_contrast);
    if (menu.start_tour) presenter_.start(*this);

    furniture_ = draw_map_furniture(camera_, data_, visible, input_.mouse_inside(), input_.mouse());
    // The docked column ends above the furniture it would cover (at the bottom left, and the
    // attribution too where its long lines reach that far on a narrow window).
    float column_bottom = float(camera_.viewport_height());
    for (const Box& b : furniture_.all())
        if (b.min_x < LeftDock::kMargin + left_dock_.column_width()) column_bottom = std::min(column_bottom, float(b.min_y));
    left_dock_.begin_frame(menu_height_, column_bottom);
    draw_layer_list(data_, visible, [this](int i, bool v) { set_layer_visible(i, v); }, &layers_open_, left_dock_,
                    frame_record_);
    if (feature_panel_.is_open()) feature_panel_.draw(data_, frame_record_);
    if (!feature_panel_.is_open()) highlight_.selected = {};
    if (auto file = file_browser_.draw(frame_record_)) open_layer(*file);
    for (const PanelDraw& panel : panels_) panel(*this, frame_record_);

    std::vector<LoadingTask> tasks;
    if (geodata_job_.valid())
        tasks.push_back({std::string(tr("map.reading_boundaries")) + " " + geodata_status_->layer_id(),
                         geodata_status_->fraction});
    for (const auto& j : layer_jobs_) tasks.push_back({j.name});
    for (const auto& p : queued_layers_) tasks.push_back({p.filename().string()});
    draw_loading(tasks, clock_, frame_record_);
    draw_problems(problems_, &problems_open_, left_dock_, frame_record_);
    if (highlight_.hovered.valid()) draw_hover_tooltip(data_, highlight_.hovered, frame_record_);
    draw_export_notice();
    keep_windows_on_screen(menu_height_);
    for (const PanelDraw& overlay : overlays_) overlay(*this, frame_record_);
}

std::vector<Box> App::ui_rects() const {
    std::vector<Box> out;
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return out;
    for (const ImGuiWindow* w : g->Windows) {
        if (!w->Active || w->Hidden || w->IsFallbackWindow || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
        Box b;
        b.expand(w->Pos.x, w->Pos.y);
        b.expand(w->Pos.x + w->Size.x, w->Pos.y + w->Size.y);
        out.push_back(b);
    }
    return out;
}

void App::draw_map() {
    if (!renderer_) return;
    window_.pushGLStates();
    renderer_->draw(camera_, highlight_, settings_.ui_scale);
    for (auto& layer : map_layers_) layer(*this);
    window_.popGLStates();
}

nlohmann::json App::state() const {
    nlohmann::json s = frame_json(frame_record_);
    s["camera"] = camera_json(camera_);
    s["hovered"] = feature_json(data_, highlight_.hovered);
    s["selected"] = feature_json(data_, highlight_.selected);
    s["layers"] = layers_json(data_, [this](int i) { return layer_visible(i); });
    s["language"] = translator_.language();
    s["tour"] = presenter_.tour_state(translator_.language());
    s["presenter"] = {{"active", presenter_.active()},
                      {"fullscreen", fullscreen_},
                      {"ui_scale", settings_.ui_scale},
                      {"high_contrast", settings_.high_contrast}};
    s["export"] = {{"path", export_notice_.path}, {"ok", export_notice_.ok}};
    s["windows"] = window_rects_json();
    s["furniture"] = {{"scale_bar", rect_json(furniture_.scale_bar)},
                      {"cursor", rect_json(furniture_.cursor)},
                      {"attribution", rect_json(furniture_.attribution)}};
    s["map_area"] = rect_json(map_area_);
    s["loading"] = loading();
    s["problems"] = problems_json(problems_);
    state_sections_.write_into(s);
    return s;
}

bool App::save_text_log(const std::filesystem::path& file) const {
    std::ofstream out(file);
    out << drawn_text(ImGui::GetDrawData());
    return bool(out);
}

bool App::save_screenshot(const std::filesystem::path& png) {
    sf::Texture texture;
    if (!texture.create(window_.getSize().x, window_.getSize().y)) return false;
    texture.update(window_);
    return texture.copyToImage().saveToFile(png.string());
}

}  // namespace corridor
