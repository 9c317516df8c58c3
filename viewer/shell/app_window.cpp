// The App's presenting side: language, fullscreen, projector settings, export. Kept apart
// from app.cpp so the loop stays readable; the work itself is in viewer/presenter/.
#include <iostream>

#include <imgui.h>

#include "core/base/resource_paths.h"
#include "viewer/shell/app.h"
#include "viewer/ui/imgui_sfml_platform.h"
#include "core/export/cairo_page.h"
#include "viewer/presenter/view_export.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

void App::set_language(const std::string& lang) { translator_.set_language(lang); }

bool App::create_window(bool fullscreen) {
    sf::ContextSettings gl;
    gl.stencilBits = 8;
    auto style = fullscreen ? sf::Style::Fullscreen : sf::Style::Default;
    sf::VideoMode mode = fullscreen ? sf::VideoMode::getDesktopMode() : sf::VideoMode(windowed_size_.x, windowed_size_.y);
    window_.create(mode, "Corridor Viewer", style, gl);
    if (!window_.isOpen()) return false;
    fullscreen_ = fullscreen;
    window_.setVerticalSyncEnabled(!options_.scripted);
    window_.setKeyRepeatEnabled(true);
    resize(window_.getSize().x, window_.getSize().y);
    return true;
}

void App::set_fullscreen(bool on) {
    if (on == fullscreen_) return;
    if (on) windowed_size_ = window_.getSize();  // leaving fullscreen goes back to this size
    // A new window means a new GL context; SFML shares every context with a hidden one, so
    // the buffers, textures and shaders of the map and of ImGui stay valid; the vertex array
    // objects of the map and the corridors are not shared, and are made again in the new one.
    if (!create_window(on) && !create_window(!on)) {
        std::cerr << "corridor-viewer: cannot recreate the window\n";
        return;
    }
    window_.setActive(true);
    if (renderer_) renderer_->adopt_current_context();
    overlay_.adopt_current_context();
}

bool App::handle_app_key(const sf::Event::KeyEvent& key) {
    switch (key.code) {
    case sf::Keyboard::F11: set_fullscreen(!fullscreen_); return true;
    case sf::Keyboard::F12: export_png(key.shift ? 2 : 1, {}, nullptr, user_export_extras()); return true;
    case sf::Keyboard::F1:
        if (presenter_.active()) return false;
        about_panel_.open();
        return true;
    case sf::Keyboard::Left:
    case sf::Keyboard::Right:  // the detail pane's Back and Forward, as a browser's
        if (!key.alt || presenter_.active()) return false;
        detail_step(key.code == sf::Keyboard::Left ? -1 : +1);
        return true;
    case sf::Keyboard::O:
        if (!key.control || presenter_.active()) return false;
        open_file_browser();
        return true;
    case sf::Keyboard::F5:
        if (presenter_.active() || !presenter_.has_tour()) return false;
        return start_tour("");
    default: return false;
    }
}

void App::update_fonts() {
    if (!imgui_ready_) return;
    float height = float(window_.getSize().y);
    if (!fonts_dirty_ && height == fonts_for_height_) return;
    fonts_for_height_ = height;
    fonts_dirty_ = false;
    FontRequest wanted = font_request(settings_.ui_scale, height, presenter_.caption_characters());
    // Tours whose characters the atlas holds already (Latin, French) need no rebuild: one
    // build fewer at each start.
    if (fonts_.regular && wanted == fonts_request_) return;
    fonts_request_ = std::move(wanted);
    fonts_ = build_ui_fonts(fonts_request_);
}

void App::set_ui_scale(float scale) {
    settings_.ui_scale = clamp_ui_scale(scale);
    apply_ui_style(settings_.ui_scale, settings_.high_contrast);
    fonts_dirty_ = true;  // rebuilt before the next frame starts
    save_presenter_settings(user_config_dir() / "settings.json", settings_, problems_);
}

void App::set_high_contrast(bool on) {
    settings_.high_contrast = on;
    apply_ui_style(settings_.ui_scale, settings_.high_contrast);
    // Fill colours are baked into the meshes: a new renderer with the other style.
    if (renderer_) rebuild_renderer();
    save_presenter_settings(user_config_dir() / "settings.json", settings_, problems_);
}

std::string App::view_place_name() const {
    // What the view shows, most specific first: the tour step, the selected commune, the open
    // initiative or corridor; only then what lies under the centre.
    if (presenter_.active()) {
        const nlohmann::json tour = presenter_.tour_state(translator_.language());
        if (tour["caption"]["title"].is_string() && !tour["caption"]["title"].get<std::string>().empty())
            return tour["caption"]["title"];
    }
    if (highlight_.selected.valid()) {
        const Layer& l = data_.layers[highlight_.selected.layer];
        return l.features[highlight_.selected.feature].name;
    }
    if (std::string shown = overlay_.selection_title(translator_); !shown.empty()) return shown;
    if (geodata_job_.valid()) return {};
    MapPoint c = camera_.center();
    for (AdminLevel level : {AdminLevel::Commune, AdminLevel::Region, AdminLevel::Country})
        for (const Layer* l : data_.admin_layers(level)) {
            if (!l->bounds.contains(c.x, c.y)) continue;
            auto f = picker_.pick(data_, c, 0, [&](int i) { return &data_.layers[i] == l; });
            if (f.layer >= 0 && f.feature >= 0) return data_.layers[f.layer].features[f.feature].name;
        }
    return {};
}

ExportFeatures App::export_features() {
    ExportFeatures f;
    // The features draw for the export's camera; each lambda runs inside export_view_png.
    f.draw_gl = [this](const Camera& camera, float ui) { overlay_.draw_export_gl(camera, clock_, ui); };
    f.draw_shapes = [this](ImDrawList* list, const Camera& camera, float ui, float font_px) {
        return overlay_.draw_export(list, camera, ui, font_px, presenter_.highlight().initiatives);
    };
    f.draw_names = [this](ImDrawList* list, ImFont* font, const Camera& camera, float ui, const std::vector<Box>& avoid,
                          const std::vector<Box>& obstacles) {
        MapContext ctx{camera, data_, highlight_, layers_, translator_, ui, presenter_.active(), clock_, {}, {}, {}};
        return names_.draw_export(list, font, ctx, ui, camera_.zoom(), avoid, obstacles);
    };
    f.legend = [this](const Camera& camera, float ui) { return overlay_.legend_rows(camera, ui, translator_); };
    f.add_to_page = [this](PageScene& page, ImFont* font, const Camera& camera, float ui, const std::vector<Box>& avoid) {
        const std::vector<Box> obstacles = overlay_.add_to_page(page, camera, ui, 16 * ui, presenter_.highlight().initiatives);
        MapContext ctx{camera, data_, highlight_, layers_, translator_, ui, presenter_.active(), clock_, {}, {}, {}};
        return names_.add_to_page(page, font, ctx, ui, avoid, obstacles);
    };
    return f;
}

ExportExtras App::user_export_extras(const std::string& page) const {
    return {.title = settings_.export_title, .title_text = {}, .date_line = settings_.export_date_line, .page = page};
}

ExportView App::export_view_of(const ExportExtras& extras) {
    ExportView view;
    view.data = &data_;
    view.renderer = renderer_.get();
    view.camera = camera_;
    view.highlight = highlight_;
    view.layers = layers_;
    view.ui_scale = settings_.ui_scale;
    view.clock = clock_;
    view.features = export_features();
    if (extras.title) view.title = extras.title_text.empty() ? view_place_name() : extras.title_text;
    if (extras.date_line) view.footer = export_footer(today_iso_date());
    return view;
}

bool App::exported(const std::filesystem::path& file, bool ok, const std::string& error, std::string* why) {
    export_notice_ = {file.string(), ok ? tr_format("export.saved", file.string().c_str()) : tr_format("export.failed", file.string().c_str()) + ": " + error,
                      ok, clock_ + kNoticeSeconds};
    if (!ok) problems_.error(file.string(), "", "export: " + error);
    if (why) *why = error;
    return ok;
}

bool App::export_view(const std::filesystem::path& file, int scale, std::string* why, ExportExtras extras) {
    if (!page_format_for(file)) return export_png(scale, file, why, extras);
    const ExportView view = export_view_of(extras);
    std::string error;
    const bool ok = export_view_page(view, extras.page, file, error, &export_report_);
    return exported(file, ok, error, why);
}

bool App::export_png(int scale, std::filesystem::path png, std::string* why, ExportExtras extras) {
    if (png.empty()) png = export_folder(settings_) / export_file_name(view_place_name(), today_iso_date());
    const ExportView view = export_view_of(extras);
    std::string error;
    bool ok = export_view_png(view, scale, png, error, &export_report_);
    window_.setActive(true);
    return exported(png, ok, error, why);
}

void App::record_tour_video() {
    if (!presenter_.has_tour() || recording_.running()) return;
    recording_file_ = export_folder(settings_) / ("corridor-tour-" + today_iso_date() + ".mp4");
    const sf::Vector2u size = window_.getSize();
    const std::string wxh = std::to_string(size.x & ~1u) + "x" + std::to_string(size.y & ~1u);
    std::vector<std::string> args = {"--record-tour", presenter_.tours().front().id, "--out", recording_file_.string(),
                                     "--size", wxh, "--lang", translator_.language()};
    if (!options_.command_line.data_dir.empty()) args.insert(args.end(), {"--data", options_.command_line.data_dir});
    if (options_.command_line.no_cache) args.push_back("--no-cache");
    if (!recording_.start(own_executable(), args))
        export_notice_ = {recording_file_.string(), tr_format("record.failed", recording_file_.string().c_str()), false,
                          clock_ + kNoticeSeconds};
}

void App::draw_export_notice() {
    if (std::optional<int> code = recording_.poll()) {
        const bool ok = *code == 0;
        const std::string path = recording_file_.string();
        export_notice_ = {path, ok ? tr_format("record.saved", path.c_str()) : tr_format("record.failed", path.c_str()), ok,
                          clock_ + kNoticeSeconds};
    }
    if (export_notice_.message.empty() || clock_ > export_notice_.until) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y * 0.12f), ImGuiCond_Always, ImVec2(0.5f, 0));
    ImGui::SetNextWindowBgAlpha(0.95f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_NoNav;
    if (ImGui::Begin("###export_notice", nullptr, flags)) {
        frame_record_.panel("export_notice", export_notice_.message);
        if (!export_notice_.ok) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.7f, 0, 0, 1));
        ImGui::TextUnformatted(export_notice_.message.c_str());
        if (!export_notice_.ok) ImGui::PopStyleColor();
    }
    ImGui::End();
}

}  // namespace corridor
