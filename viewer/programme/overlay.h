#pragma once
// Initiatives and corridors on the map: loads them once the boundaries are in, draws the
// theme markers (clustered where they would overlap) and the corridors, takes clicks on them
// before the communes, and opens their panels. install() plugs it into the App.
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "viewer/shell/app.h"
#include "viewer/programme/corridor_layer.h"
#include "viewer/programme/marker_layout.h"
#include "viewer/programme/overlay_filters.h"
#include "viewer/programme/programme_data.h"
#include "viewer/programme/corridor_panel.h"

namespace corridor {

// What the initiative or corridor panel shows.
struct OverlaySelection {
    std::vector<int> initiatives;  // one, or several at one place
    std::string place;             // the place's name when several
    int corridor = -1;
    bool empty() const { return initiatives.empty() && corridor < 0; }
};

class Overlay {
public:
    // Registers the panels, the map layer, the click handler and the state sections.
    static void install(App& app);

    void select_initiatives(App& app, std::vector<int> initiatives, std::string place = {});
    void select_corridor(App& app, int corridor);
    void clear_selection() { selection_ = {}; }

    const ProgrammeData& programme() const { return programme_; }
    OverlayFilters& filters() { return filters_; }
    bool loaded() const { return loaded_; }

private:
    void load(App& app);
    void frame(App& app, FrameRecord& frame);
    void draw_markers(App& app);
    void draw_corridor_decorations(App& app);
    void update_emphasis(App& app);
    bool click(App& app, ScreenPoint at);
    int corridor_at(const Camera& camera, ScreenPoint at, double tolerance_px) const;
    const MarkerGroup* group_at(ScreenPoint at) const;
    float scale() const;
    Box marker_box(const MarkerGroup& g) const;  // screen pixels: what labels keep off
    nlohmann::json selection_json(App& app) const;
    nlohmann::json markers_json() const;

    ProgrammeData programme_;
    OverlayFilters filters_;
    OverlaySelection selection_;
    CorridorPanel corridor_panel_;
    std::unique_ptr<CorridorLayer> corridor_layer_;
    std::vector<MarkerAnchor> anchors_;  // every marker position of every initiative
    std::vector<MarkerGroup> groups_;    // laid out for the last frame's camera
    int hovered_group_ = -1, hovered_corridor_ = -1;
    bool loaded_ = false, gl_failed_ = false;
    bool town_labels_shown_ = false;  // the corridors' town names are with the label layer
    float ui_scale_ = 1;  // App::ui_scale() of this frame: markers grow with the projector scale
    bool list_open_ = true, legend_open_ = true;
    std::vector<FeatureRef> emphasised_;  // what we put into the highlight last frame
};

}  // namespace corridor
