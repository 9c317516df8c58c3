#pragma once
// Names and places on the map, and the search box: once the boundary data is loaded it builds
// places, labels and the search index on a worker thread, then each frame draws the place dots
// and the labels under the panels, avoiding their rectangles. The app calls each part by name.
// State JSON gets "labels" and "search".
#include <future>
#include <optional>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/export/page_scene.h"
#include "viewer/map/map_context.h"
#include "viewer/names/cartography_data.h"
#include "viewer/names/label_layer.h"
#include "viewer/names/search_panel.h"
#include "viewer/names/place_symbols.h"

namespace corridor {

// Whether any place layer (role "places") is shown: their dots and names draw then.
bool places_shown(const MapContext& ctx);

class CartographyLayer {
public:
    CartographyLayer() = default;
    ~CartographyLayer();  // waits for the worker, which reads the app's data
    // Waits for the worker to end (it writes the names' cache entry); what it built is taken
    // at the next update.
    void finish_building();
    CartographyLayer(const CartographyLayer&) = delete;
    CartographyLayer& operator=(const CartographyLayer&) = delete;

    // UI phase, first: takes what the worker built (update) and draws the search box. Returns
    // the entry the user chose there, if any.
    std::optional<SearchEntry> draw_search(const MapContext& ctx, FrameRecord& frame);
    // After every panel, so their rectangles (`ui_rects`) are known: the place dots and the
    // names, kept off the panels and the map furniture, names inside `map_area` (empty: the window).
    void draw_labels(const MapContext& ctx, const std::vector<Box>& ui_rects, const std::vector<Box>& furniture,
                     const Box& map_area = {});
    // Export: the dots and names placed again for `ctx.camera` (the export's size) at UI scale
    // `scale`, those of `rule_zoom` (the window's zoom: at 4x the same names, larger), kept off
    // `avoid` (the export's legend, scale bar, attribution) and `obstacles` (markers), drawn
    // into `list` with `font`; the window's labels keep their places. Returns the names
    // placed, as the state JSON's "labels".
    nlohmann::json draw_export(ImDrawList* list, ImFont* font, const MapContext& ctx, float scale, double rule_zoom,
                               const std::vector<Box>& avoid, const std::vector<Box>& obstacles) const;
    // The same names and dots as shapes and real text of a vector page (PDF, SVG).
    nlohmann::json add_to_page(PageScene& page, ImFont* font, const MapContext& ctx, float scale,
                               const std::vector<Box>& avoid, const std::vector<Box>& obstacles) const;
    // True while the worker reads the data: no layer may be added meanwhile.
    bool building() const { return job_.valid(); }
    // "labels", "search" and "places" ({shown, dots}: the place dots drawn) of the state JSON:
    // labels and dots only as drawn in the current ImGui frame (none when this frame drew none).
    void write_state(nlohmann::json& state) const;

    LabelLayer& labels() { return labels_; }
    SearchPanel& search() { return search_; }
    const std::vector<Place>& places() const { return places_; }
    // More things to find, e.g. initiatives and corridors (SearchKind::Initiative/Corridor):
    // merged into the index, now or once built.
    void add_search_entries(std::vector<SearchEntry> entries);
    // Starts building the places, labels and search index on a thread of their own, once the
    // data is in, so that it runs beside the renderer's start; the draws take the result. The
    // search entries added so far are indexed there too: call it after the first ones arrive.
    void start_building(const Geodata& data);
    // Keeps the names built in `store` and reads them back on a later start from the same data
    // (cartography_cache.h). Call before start_building.
    void use_cache(CacheStore store) { cache_ = std::move(store); }
    // The cache's warnings since the last call (a damaged entry, rebuilt).
    Diagnostics take_problems() { return std::exchange(problems_, {}); }
    // Milliseconds the last frame spent choosing labels (cull, measure, place).
    double last_label_ms() const { return last_label_ms_; }

    // Takes what the worker built once it has ended, and names the countries and rivers in the
    // UI language. The app calls it as each frame begins; draw_search again, after a language
    // change made since.
    void update(const Geodata& data);

private:
    // A copy of the labels placed for an export's camera; `places`: whether place layers show.
    LabelLayer placed_for_export(const MapContext& ctx, ImFont* font, float scale, double rule_zoom,
                                 const std::vector<Box>& avoid, const std::vector<Box>& obstacles, bool& places) const;
    void rebuild_search();

    std::optional<CacheStore> cache_;
    Diagnostics problems_;
    std::future<CartographyData> job_;
    bool built_ = false;
    std::vector<MapLabel> built_labels_;  // as built, before country names are translated
    std::string labels_language_;
    std::vector<Place> places_;
    std::shared_ptr<const SearchIndex> search_index_;  // admin units and places, then extra_search_
    size_t base_search_count_ = 0;                     // of them, the admin units and places
    std::vector<SearchEntry> extra_search_;
    size_t extra_in_job_ = 0;  // of extra_search_, those the worker indexes
    PlaceSymbols symbols_;
    LabelLayer labels_;
    SearchPanel search_;
    std::vector<SymbolBox> dots_;
    bool places_shown_ = true;
    int drawn_frame_ = -2;  // ImGui frame count of the last draw_labels that drew
    double last_label_ms_ = 0;
};

}  // namespace corridor
