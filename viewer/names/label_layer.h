#pragma once
// Names on the map: admin units at their poles of inaccessibility, towns beside their dots,
// and names other parts of the app want first (initiative places). Each frame it keeps the
// labels the zoom shows (label_rules.h) inside the view, measures them (cached) and places
// them with place_labels against obstacles (panels, markers, place dots, the screen edge),
// feeding back the last frame's result so labels hold still while panning.
#include <functional>
#include <string>
#include <vector>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "core/cartography/label_placement.h"
#include "core/export/page_scene.h"
#include "viewer/map/camera.h"
#include "viewer/names/cartography_data.h"
#include "viewer/names/label_style.h"
#include "viewer/names/place_symbols.h"
#include "viewer/names/point_grid.h"

namespace corridor {

const char* to_string(LabelRank rank);  // "country", "commune", "village", ...

// A priority label and a place label of the same name this close are one town (COD, GeoNames
// and the programme files put a town's point up to a few kilometres apart).
inline constexpr double kSameTownMetres = 10000;

class LabelLayer {
public:
    void set_labels(std::vector<MapLabel> labels);
    // Names that win over the rest (rank Initiative), e.g. corridor towns; replaces the last set.
    // A place label of the same name within kSameTownMetres gives way: a town is named once.
    void set_priority_labels(std::vector<MapLabel> labels);
    // Screen boxes no label may cover, e.g. initiative markers; replaces the last set (call each frame).
    // A place whose point lies under one puts its name beside the box, not on it.
    void set_obstacles(std::vector<Box> boxes) { obstacles_ = std::move(boxes); }
    // Whether the names of places (towns, villages) show: the legend's "Places" box. Admin
    // names and priority labels (corridor towns) are not places and stay.
    void set_show_places(bool shown) { show_places_ = shown; }
    // The zoom whose ranks show, when it is not the camera's: an export at 4x has the window's
    // names, four times as large, not those of two zoom levels further in. Negative: the camera's.
    void set_rule_zoom(double zoom) { rule_zoom_ = zoom; }
    // Drops last frame's placement (kept to hold names still): a copy placed for another size.
    void forget_placement() { placed_.clear(); }

    // Chooses this frame's labels. `ui_rects`: windows and other screen furniture; `dots`: the
    // place symbols drawn, which labels of lower rank avoid; `scale`: the UI scale (1 = 16 px font).
    // `shown(layer)`: whether a layer is visible; line labels (rivers) of a hidden layer go.
    // `area`: the screen box names stay inside (the map area, clear of docked panels); empty:
    // the whole viewport.
    void update(const Camera& camera, const std::vector<Box>& ui_rects, const std::vector<SymbolBox>& dots,
                ImFont* font, float scale, const std::function<bool(int)>& shown = {}, Box area = {});
    // Draws the placed names and notes `frame` (ImGui's frame count) as the frame they were drawn in.
    void draw(ImDrawList* list, ImFont* font, float scale, int frame = -1);
    // The placed names as real text of a vector page, with their halo; river names glyph by
    // glyph. `frame` as for draw().
    void add_to_page(PageScene& page, ImFont* font, float scale, int frame);

    // [{id, text, rank, box: {x, y, w, h}}] of the labels drawn in ImGui frame `frame` (the
    // current one for the state JSON), screen pixels; empty when none were drawn in it, so a
    // frame that drew no names (blackout, data not built) lists none from an earlier frame.
    nlohmann::json state(int frame) const;
    const std::vector<PlacedLabel>& placed() const { return placed_; }  // dots included
    std::vector<Box> label_boxes() const;                                // names only
    size_t candidate_count() const { return candidates_.size(); }
    bool has_labels() const { return !labels_.empty(); }

private:
    struct Shown {
        const MapLabel* label;  // null for a place dot (placed to keep lesser labels off it, not drawn)
        const std::string* text;
        int line = -1;          // a name along a line: its index in line_places_
    };
    struct LinePlace {
        const LineText* text;
        std::vector<GlyphPlace> glyphs;
    };
    void add_line_candidates(uint32_t label, const Camera& camera, ImFont* font, float scale, const Box& area);
    void measure(ImFont* font, float scale);
    void add_candidate(const MapLabel& label, const std::string& text, ImVec2 size, const Camera& camera, float scale);
    void take_priority_labels();
    void find_renamed();

    std::vector<MapLabel> labels_, priority_, pending_priority_;
    bool priority_changed_ = false;
    bool show_places_ = true;
    double rule_zoom_ = -1;
    std::vector<std::string> shown_, priority_shown_;  // text as drawn (capitals for countries, regions)
    std::vector<ImVec2> sizes_;                        // of shown_, measured once per font and scale
    ImFont* measured_font_ = nullptr;
    float measured_scale_ = 0;
    size_t warm_next_ = 0;                             // next label to measure ahead of need
    std::vector<uint32_t> areas_;                      // indices of area labels in labels_
    std::vector<uint32_t> lines_;                      // indices of line labels (rivers) in labels_
    std::vector<Box> line_bounds_;                     // by labels_ index (lines only): the path's box
    std::vector<LineText> line_texts_;                 // by labels_ index (lines only), measured once per font and scale
    std::vector<uint32_t> point_index_;                // grid slot -> index in labels_
    PointGrid points_;
    std::vector<Box> obstacles_;
    std::vector<bool> renamed_;  // per label in labels_: a priority label names that place already

    // This frame's work, kept to avoid allocations.
    std::vector<LabelCandidate> candidates_;
    std::vector<Shown> candidate_labels_;
    std::vector<LinePlace> line_places_;
    std::vector<PathPoint> screen_path_;
    std::vector<uint32_t> visible_points_;
    std::vector<PlacedLabel> placed_;
    double placed_zoom_ = 0;  // camera zoom of placed_
    int drawn_frame_ = -2;    // ImGui frame count of the last draw()
};

}  // namespace corridor
