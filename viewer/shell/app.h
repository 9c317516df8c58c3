#pragma once
// The viewer's loop. It owns the window, the camera, the data, the renderer, the panels and the
// features (programme overlay, names, presenter), and calls each by name in one place per frame
// phase: input (handle_event), update (run), UI (draw_ui), map (draw_map) and state (state).
// Features get a MapContext, never the app; what they ask of the map is applied by apply().
// Every input event, a user's or a script's, goes through handle_event().
#include <chrono>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics/RenderWindow.hpp>
#include <nlohmann/json.hpp>

#include "core/index/feature_picker.h"
#include "core/programme/i18n.h"
#include "core/read/geodata_catalog.h"
#include "viewer/map/camera.h"
#include "viewer/map/fly_to.h"
#include "viewer/map/layer_visibility.h"
#include "viewer/map/load_preview.h"
#include "viewer/map/map_context.h"
#include "viewer/map/map_input.h"
#include "viewer/map/map_renderer.h"
#include "viewer/names/cartography_layer.h"
#include "viewer/panels/about_panel.h"
#include "viewer/panels/feature_panel.h"
#include "viewer/panels/file_browser.h"
#include "viewer/panels/map_furniture.h"
#include "viewer/presenter/presenter.h"
#include "viewer/presenter/presenter_settings.h"
#include "viewer/presenter/projector_theme.h"
#include "viewer/presenter/view_export.h"
#include "viewer/programme/overlay.h"
#include "viewer/shell/background_load.h"
#include "viewer/shell/command_line.h"
#include "viewer/ui/child_process.h"
#include "viewer/ui/detail_history.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class App;

// Called around each frame: scripted runs inject events and take screenshots here.
class FrameHooks {
public:
    virtual ~FrameHooks() = default;
    virtual void before_frame(App& app) = 0;  // after the window's own events
    virtual void after_draw(App& app) = 0;    // the frame is drawn, not yet displayed
    virtual bool finished() const = 0;        // the loop ends after this frame
    // A real input event of a scripted run (which the app ignores): true when the hook took it,
    // as the tour recorder takes Esc to cancel.
    virtual bool take_input(const sf::Event&) { return false; }
};

struct AppOptions {
    CommandLine command_line;
    bool scripted = false;  // ignore the real mouse and keyboard; fixed frame time; no imgui.ini
    double frame_seconds = 1.0 / 60;  // the fixed frame time of a scripted run (a video's: 1 / its fps)
};

class App {
public:
    static constexpr double kScriptFrameSeconds = 1.0 / 60;
    static constexpr double kNoticeSeconds = 5;  // how long a notice (export, file opened) shows

    explicit App(AppOptions options);
    ~App();
    App(const App&) = delete;
    App& operator=(const App&) = delete;

    // Opens the window and starts loading. False (with a message on stderr) if no window.
    bool start();
    // Runs frames until the window closes or `hooks` finish. Returns 0.
    int run(FrameHooks* hooks = nullptr);
    // Waits for the jobs that write files (cache entries) and saves the window layout: after
    // it, nothing the app would write is left, and the process may end without tearing it down.
    void finish_writing();

    // The one path for input: ImGui first, then the map unless ImGui wants the event.
    void handle_event(const sf::Event& event);

    // State, for the script runner and panels.
    // Boundary data, a user layer, a data job (names) or the view's level of detail still in progress.
    bool loading() const;
    bool map_levels_loading() const;  // the renderer still builds a level of detail of any scale
    bool flying() const { return fly_.active(); }
    Camera& camera() { return camera_; }
    const Geodata& data() const { return data_; }
    sf::RenderWindow& window() { return window_; }
    FeatureRef hovered() const { return highlight_.hovered; }
    FeatureRef selected() const { return highlight_.selected; }
    MapHighlight& highlight() { return highlight_; }  // panels may set `emphasised`
    Box home_bounds() const;
    bool layer_visible(int layer) const { return layers_.shown(layer); }
    // Shows or hides a loaded layer by id, as its legend box does; false when there is none.
    bool set_layer_shown(const std::string& id, bool shown);

    // Actions.
    // Frames `target` in map_area(), clear of the docked panels, a tenth of it as padding.
    void fly_to(const Box& target);
    void fly_to(MapPoint center, double zoom);
    void go_home() { fly_to(home_bounds()); }
    void select(FeatureRef feature);  // opens the detail panel; invalid: closes it
    void open_layer(const std::filesystem::path& file);  // remembered among the browser's Recent
    void open_file_browser();                             // File > Open, Ctrl+O
    // Finds a feature by P-code / id, else by name, communes first; invalid when none.
    FeatureRef find_feature(const std::string& id_or_name) const;

    // The part of the window below the menu bar that no docked panel covers (last frame's).
    Box map_area() const { return map_area_; }
    void report_problems(const Diagnostics& diag);  // into the Problems window
    double clock() const { return clock_; }         // app seconds, for animations

    // Language: one translator for the whole UI (assets/i18n); "fr" or "en".
    const Translator& translator() const { return translator_; }
    const std::string& language() const { return translator_.language(); }
    void set_language(const std::string& lang);

    // Presenting (viewer/presenter): the guided tour, fullscreen, projector settings, export.
    // Starts tour `id` ("" for the first) in presenter mode; false when no such tour is loaded.
    bool start_tour(const std::string& id);
    bool presenting() const { return presenter_.active(); }
    const TourPlayer* tour_player() const { return presenter_.player(); }  // null when no tour started
    bool fullscreen() const { return fullscreen_; }
    void set_fullscreen(bool on);  // recreates the window; GL resources are shared and survive
    float ui_scale() const { return settings_.ui_scale; }  // 1..3: ImGui sizes, map lines, labels
    void set_ui_scale(float scale);                         // saved in settings.json
    bool high_contrast() const { return settings_.high_contrast; }
    void set_high_contrast(bool on);                        // saved; rebuilds the map's meshes
    // Saves the view as a PNG at `scale` (1, 2, 4) times the window; empty `png`: the export
    // folder and a name from the place and date. Shows a confirmation; false on failure.
    bool export_png(int scale, std::filesystem::path png = {}, std::string* why = nullptr,  // why: the reason it failed
                    ExportExtras extras = {});
    // Saves the view to `file`: a PNG at `scale`, or by its extension a PDF or SVG page
    // (extras.page); shows a confirmation; false (with `why`) on failure, leaving no file.
    bool export_view(const std::filesystem::path& file, int scale = 1, std::string* why = nullptr, ExportExtras extras = {});
    // The tour step's title, else the selected feature's name, else the open corridor or
    // initiative, else the commune (else region, country) under the view centre.
    std::string view_place_name() const;

    // The windows and controls the last frame drew (a script clicks a control by its id).
    const FrameRecord& frame_record() const { return frame_record_; }
    // What the user sees (docs/scripting.md); valid after a frame was drawn.
    nlohmann::json state() const;
    // Saves the drawn frame; call from FrameHooks::after_draw.
    bool save_screenshot(const std::filesystem::path& png);
    // Writes every text the last frame drew (panels, captions, map names, attribution) to
    // `file`, one UTF-8 line per row on screen, for tests that read what a user reads.
    bool save_text_log(const std::filesystem::path& file) const;
    // Chooses the search entry with this id (initiative, corridor, P-code) on the next frame, as
    // a user picking it in the search box would; false when no entry has that id.
    bool choose_search_entry(const std::string& id) { return names_.search().queue_choice(id); }

private:
    // The map as features may see it now, and what they asked of it, applied after each call.
    MapContext map_context();
    void apply(MapAsks& asks);
    // Screen rectangles (pixels, y down) of the ImGui windows drawn this frame: menu bar,
    // panels, tooltips, popups.
    std::vector<Box> ui_rects() const;
    bool pickable(int layer) const;
    void close_top_panel();  // shown, and not a place layer
    bool busy_reading_data() const;  // a worker reads data_: no layer may be added meanwhile
    bool picker_ready(bool wait);     // takes the picker once indexed; `wait`: until it is
    bool map_preparing() const;       // the renderer still builds its first meshes (a cache miss)
    void fly_in_area(const Box& target, const Box& area);  // with fitBounds-like padding
    void update_loading();
    void pace_loading_frame(sf::Time drawn_in);  // after a frame: see app.cpp
    void update_hover();
    void update_map_area();  // after the panels are drawn
    void lay_out_ui();       // a frame's UI phase: its panels drawn, then the map area they leave
    void lay_out_unseen();   // the panels' first layout, not drawn (before the first frame)
    Box drawn_map_area() const;  // what this frame's panels, menu and attribution leave of the window
    void refit_home();       // home in last frame's map area, while the docked panels settle
    bool home_refit_pending() const;  // a later frame frames home again
    void draw_names(const MapContext& ctx);  // map area, then place dots and names in it
    void draw_ui();
    void draw_presenting_ui();
    void draw_features(MapContext& ctx);
    void draw_map();
    void on_geodata_loaded(Geodata loaded);
    void start_names();
    void resize(unsigned width, unsigned height);
    bool create_window(bool fullscreen);
    bool handle_app_key(const sf::Event::KeyEvent& key);
    void update_fonts();
    // `in_background`: meshes missing from the cache are built off the UI thread (the first
    // start); a rebuild for another style keeps the old frame until the new one is ready.
    void rebuild_renderer(bool in_background = false);
    // The map's style, in high contrast where the settings ask for it; problems go to `diag`.
    static MapStyle map_style(const PresenterSettings& settings, Diagnostics* diag);
    void on_tours_loaded();
    void draw_export_notice();
    ExportFeatures export_features();  // what the overlay and the names draw into an export
    ExportView export_view_of(const ExportExtras& extras);  // the view as it is now, for an export
    ExportExtras user_export_extras(const std::string& page = "view") const;  // File ▸ Export's title and date-line choices
    // The notice and, on failure, the Problems entry of an export; returns `ok`.
    bool exported(const std::filesystem::path& file, bool ok, const std::string& error, std::string* why);
    // File ▸ Record the tour: this program again with --record-tour, in its own window (progress,
    // Esc), into the export folder; its end is announced like an export.
    void record_tour_video();
    // The one detail pane (app_detail.cpp): the newest page shown, the others closed, Back/Forward.
    void sync_detail_pane();
    void detail_step(int step);  // -1 Back, +1 Forward
    void show_detail_page(const DetailPage& page);

    AppOptions options_;
    // Declared (so made) before the window: the boundary data starts loading before SFML's
    // window loads the GL driver (a tenth of a second of a warm start).
    Diagnostics problems_;
    PresenterSettings settings_;
    GeodataCacheOptions cache_options_;  // the boundary data's and the map meshes' (--no-cache, "cache_max_mb")
    std::shared_ptr<LoadStatus> geodata_status_;  // with the map's style, for the layers' previews
    std::future<Geodata> geodata_job_;
    sf::RenderWindow window_;
    Camera camera_;
    MapInput input_;
    FlyTo fly_;
    Geodata data_;
    FeaturePicker picker_;
    std::future<FeaturePicker> picker_job_;  // indexes data_ once it is in; then picker_
    std::unique_ptr<MapRenderer> renderer_;  // null until the data is loaded and GL is ready
    LoadPreview load_preview_;  // the layers read so far, drawn until the map is
    std::chrono::steady_clock::time_point started_ = std::chrono::steady_clock::now();
    std::vector<std::string> preview_drawn_;  // the layers load_preview_ drew in the last frame
    bool moved_while_loading_ = false;  // then the view stays where the user took it
    MapHighlight highlight_;
    LayerVisibility layers_;  // the user's choices, kept across renderer rebuilds
    FeaturePanel feature_panel_;
    DetailHistory detail_history_;
    std::optional<DetailPage> seen_feature_page_, seen_programme_page_;  // last frame's, to tell the newest
    AboutPanel about_panel_;
    FileBrowser file_browser_;
    Overlay overlay_;  // initiatives and corridors
    FrameRecord frame_record_;  // of the last drawn frame
    LeftDock left_dock_;
    FurnitureRects furniture_;
    Box map_area_;
    static constexpr int kHomeRefits = 3;  // at most: the legend takes two frames to size itself
    int home_refits_ = 0;  // frames left to frame home in map_area() once the panels are placed
    Box refit_area_;       // the map area the last of those frames framed home in

    struct LayerJob {
        std::string name;
        std::future<LoadedLayer> job;
    };
    std::vector<LayerJob> layer_jobs_;
    std::vector<std::filesystem::path> queued_layers_;  // wait for the catalogue's mappings
    std::optional<std::pair<int, std::string>> pending_name_field_;  // waits while a worker reads data_
    std::vector<std::string> announce_layers_;  // file names opened from the menu: a notice and a fly once read
    bool problems_open_ = false, layers_open_ = false;  // the overlay's legend shows by default
    float menu_height_ = 0;
    double clock_ = 0;  // seconds of app time: real, or fixed steps when scripted
    bool imgui_ready_ = false;

    Translator translator_;
    Presenter presenter_;
    UiFonts fonts_;
    float fonts_for_height_ = 0;  // the window height the caption fonts were built for
    FontRequest fonts_request_;   // what the atlas was built for; it points into the glyph ranges
    bool fonts_dirty_ = true;
    bool fullscreen_ = false;
    sf::Vector2u windowed_size_;
    struct ExportNotice {
        std::string path, message;
        bool ok = false;
        double until = 0;  // app clock
    } export_notice_;  // also says that a file opened from the menu was read (path unchanged)
    ChildProcess recording_;  // the tour video being recorded from the menu
    std::filesystem::path recording_file_;
    nlohmann::json export_report_ = nlohmann::json::object();  // names and furniture of the last export (state "export")
    CartographyLayer names_;  // last: its worker ends before the data it reads goes
};

}  // namespace corridor
