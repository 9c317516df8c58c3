#pragma once
// Initiatives and corridors on the map: loads them once the boundaries are in, draws the
// theme markers (clustered where they would overlap) and the corridors, takes clicks on them
// before the communes, and opens their panels. The app calls each part by name, in its frame
// phases (App::draw_ui, App::draw_map, App::handle_event, App::state); it reads and asks of the
// map only through the MapContext it is handed.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cartography/map_label.h"
#include "core/cartography/search_index.h"
#include "core/export/page_scene.h"
#include "viewer/map/map_context.h"
#include "viewer/programme/corridor_layer.h"
#include "viewer/programme/corridor_panel.h"
#include "viewer/programme/marker_layout.h"
#include "viewer/programme/overlay_filters.h"
#include "viewer/programme/programme_data.h"
#include "viewer/ui/left_dock.h"
#include "viewer/ui/state_json.h"

namespace corridor {

// What the initiative or corridor panel shows.
struct OverlaySelection {
    std::vector<int> initiatives;  // one, or several at one place
    std::string place;             // the place's name when several
    int corridor = -1;
    bool empty() const { return initiatives.empty() && corridor < 0; }
};

enum class OverlayPanel { Initiative, Corridor };

class Overlay {
public:
    // UI phase: loads the programme once the boundaries are in, lays out and draws the markers
    // and corridor decorations, and draws the initiative and corridor panels, the initiatives
    // list and the legend (not while presenting). `toured`: initiative ids the tour step shows.
    void draw(MapContext& ctx, const std::vector<std::string>& toured, LeftDock& dock, FrameRecord& frame);
    // Loads the programme (its initiatives, corridors and search entries) once the boundaries
    // are in, if draw() has not yet: the app calls it as the data arrives, so that the names'
    // worker indexes those entries from its start. The corridors' GL waits for the first draw().
    void load(MapContext& ctx);
    // Map phase: the corridors' lines, with raw GL under the panels.
    void draw_map(const MapContext& ctx) const;
    // The window was made anew (fullscreen): the corridors draw in its GL context from now on.
    void adopt_current_context();
    // A map click, asked before the communes; true when a marker or a corridor took it.
    bool click(MapContext& ctx, ScreenPoint at);
    // Inside the commune panel: the commune's initiatives, each opening its own panel.
    void draw_commune_section(const MapContext& ctx, FeatureRef commune);
    // A search result of kind Initiative or Corridor: opens its panel and frames it. False for
    // other kinds, or an id not in the programme.
    bool choose(MapContext& ctx, const SearchEntry& entry);

    // For the names, after draw(): screen boxes the labels keep off (markers, town rings) ...
    const std::vector<Box>& label_obstacles() const { return obstacles_; }
    // ... the corridors' town names, when they changed (shown or hidden with the corridors) ...
    std::optional<std::vector<MapLabel>> take_town_labels();
    // ... and, once loaded, the initiatives and corridors to add to the search index.
    std::optional<std::vector<SearchEntry>> take_search_entries();

    // Export (view_export), for another camera and UI scale than the window's: the corridors
    // with raw GL over the map; then the buffer outline, town rings and markers into `dl`
    // (`font_px`: the cluster counts' size), returning the boxes the names keep off; the
    // legend's rows for what is in that view (themes of the markers shown, corridors).
    void draw_export_gl(const Camera& camera, double clock, float ui) const;
    std::vector<Box> draw_export(ImDrawList* dl, const Camera& camera, float ui, float font_px,
                                 const std::vector<std::string>& toured) const;
    // The same for a vector page (PDF, SVG): corridors as lines, markers as shapes, counts as text.
    std::vector<Box> add_to_page(PageScene& page, const Camera& camera, float ui, float font_px,
                                 const std::vector<std::string>& toured) const;
    std::vector<LegendRow> legend_rows(const Camera& camera, float ui, const Translator& tr) const;

    // "selection", "filters", "markers" and "corridor_panel" of the state JSON; markers only as
    // drawn in the current ImGui frame (none when this frame drew none, e.g. a blackout).
    void write_state(nlohmann::json& state, const Translator& tr) const;

    void select_initiatives(std::vector<int> initiatives, std::string place = {});
    void select_corridor(const Geodata& data, int corridor);
    void clear_selection() { selection_ = {}; }
    const OverlaySelection& selection() const { return selection_; }
    // The open corridor's or initiative's title, "" when none: export files are named after it.
    std::string selection_title(const Translator& tr) const;
    void close_panel(OverlayPanel panel);  // as its close button does

    const ProgrammeData& programme() const { return programme_; }
    OverlayFilters& filters() { return filters_; }
    bool loaded() const { return loaded_; }

private:
    void init_corridor_layer(MapContext& ctx);
    void layout(const Camera& camera);
    void hover(MapContext& ctx);
    void draw_panels(MapContext& ctx, LeftDock& dock, FrameRecord& frame);
    std::vector<MarkerGroup> group_markers(const Camera& camera, float ui) const;
    std::vector<Box> obstacles_of(const std::vector<MarkerGroup>& groups, const Camera& camera, float ui) const;
    // `hovered`: index of the group under the pointer, -1 none; `font_px` 0: ImGui's font size.
    void draw_markers(ImDrawList* dl, const std::vector<MarkerGroup>& groups, float ui,
                      const std::vector<std::string>& toured, int hovered, float font_px = 0) const;
    void draw_corridor_decorations(ImDrawList* dl, const Camera& camera, float ui) const;
    bool corridor_in_view(const Corridor& c, const Camera& camera) const;
    void update_emphasis(MapContext& ctx);
    int corridor_at(const Camera& camera, ScreenPoint at, double tolerance_px) const;
    const MarkerGroup* group_at(ScreenPoint at) const;
    float scale() const { return ui_scale_; }
    static Box marker_box(const MarkerGroup& g, float ui);  // screen pixels: what labels keep off
    nlohmann::json selection_json(const Translator& tr) const;
    nlohmann::json markers_json() const;

    ProgrammeData programme_;
    OverlayFilters filters_;
    OverlaySelection selection_;
    CorridorPanel corridor_panel_;
    std::unique_ptr<CorridorLayer> corridor_layer_;
    bool corridor_layer_tried_ = false;  // init_corridor_layer ran (its GL made, or its error reported)
    std::vector<MarkerAnchor> anchors_;  // every marker position of every initiative
    std::vector<MarkerGroup> groups_;    // laid out for the last frame's camera
    std::vector<Box> obstacles_;         // of groups_ and the town rings
    std::optional<std::vector<SearchEntry>> new_search_entries_;
    int hovered_group_ = -1, hovered_corridor_ = -1;
    bool loaded_ = false;
    bool town_labels_shown_ = false;  // the corridors' town names are with the label layer
    bool town_labels_changed_ = false;
    int markers_frame_ = -2;  // ImGui frame count of the last draw_markers
    float ui_scale_ = 1;  // MapContext::ui_scale of this frame: markers grow with the projector scale
    bool list_open_ = true, legend_open_ = true;
    std::vector<FeatureRef> emphasised_;  // what we put into the highlight last frame
};

}  // namespace corridor
