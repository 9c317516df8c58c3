#pragma once
// Names and places on the map, and the search box, plugged into the app: once the boundary
// data is loaded it builds places, labels and the search index on a worker thread, then each
// frame draws the place dots and the labels under the panels, avoiding their rectangles.
// State JSON gets "labels" and "search".
#include <future>
#include <vector>

#include "viewer/names/cartography_data.h"
#include "viewer/names/label_layer.h"
#include "viewer/names/search_panel.h"
#include "viewer/names/place_symbols.h"

namespace corridor {

class App;

class CartographyLayer {
public:
    explicit CartographyLayer(App& app);  // registers its panel, overlay, data job and state sections
    ~CartographyLayer();

    LabelLayer& labels() { return labels_; }
    SearchPanel& search() { return search_; }
    const std::vector<Place>& places() const { return places_; }
    // More things to find, e.g. initiatives and corridors (SearchKind::Initiative/Corridor, with
    // SearchPanel::set_chooser to open their panel): merged into the index, now or once built.
    void add_search_entries(std::vector<SearchEntry> entries);
    // Milliseconds the last frame spent choosing labels (cull, measure, place).
    double last_label_ms() const { return last_label_ms_; }

private:
    void update(App& app);
    void rebuild_search();
    void draw_overlay(App& app);

    std::future<CartographyData> job_;
    bool built_ = false;
    std::vector<MapLabel> built_labels_;  // as built, before country names are translated
    std::string labels_language_;
    std::vector<Place> places_;
    std::shared_ptr<const SearchIndex> base_search_;  // admin units and places
    std::vector<SearchEntry> extra_search_;
    PlaceSymbols symbols_;
    LabelLayer labels_;
    SearchPanel search_;
    std::vector<SymbolBox> dots_;
    double last_label_ms_ = 0;
};

// Screen rectangles of the furniture drawn over the map (scale bar, attribution), which labels avoid.
std::vector<Box> furniture_rects(App& app);

}  // namespace corridor
