#include "viewer/names/cartography_layer.h"

#include <chrono>

#include <imgui.h>

#include "core/base/future_ready.h"
#include "core/cartography/water.h"
#include "viewer/ui/draw_list_page.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

CartographyLayer::~CartographyLayer() { finish_building(); }

void CartographyLayer::finish_building() {
    if (job_.valid()) job_.wait();
}

std::optional<SearchEntry> CartographyLayer::draw_search(const MapContext& ctx, FrameRecord& frame) {
    update(ctx.data);
    return search_.draw(frame);
}

void CartographyLayer::write_state(nlohmann::json& state) const {
    const int frame = ImGui::GetFrameCount();
    state["labels"] = labels_.state(frame);
    state["search"] = search_.state();
    state["places"] = {{"shown", places_shown_}, {"dots", frame == drawn_frame_ ? dots_.size() : 0}};
}

void CartographyLayer::start_building(const Geodata& data) {
    if (built_ || job_.valid() || data.layers.empty()) return;
    extra_in_job_ = extra_search_.size();
    job_ = build_cartography_async(data, cache_, extra_search_);
}

void CartographyLayer::update(const Geodata& data) {
    if (job_.valid() && is_ready(job_)) {
        CartographyData d = job_.get();
        problems_.append(d.problems);
        places_ = std::move(d.places);
        symbols_.set_places(places_, d.repeats_town);
        built_labels_ = std::move(d.labels);
        labels_language_.clear();
        search_index_ = d.search ? std::move(d.search) : std::make_shared<const SearchIndex>();
        base_search_count_ = std::min(d.own_search_entries, search_index_->entries().size());
        built_ = true;
        if (extra_search_.size() == extra_in_job_ && search_index_->entries().size() == base_search_count_ + extra_in_job_)
            search_.set_index(search_index_);  // the worker indexed every entry there is
        else
            rebuild_search();
    }
    if (built_ && labels_language_ != ui_language()) {
        // Country names follow the interface language ("Mauritanie"); the rest are proper names.
        // Rivers too: "Volta Noire" / "Black Volta" (water.h).
        std::vector<MapLabel> labels = built_labels_;
        for (MapLabel& l : labels) {
            if (l.rank == LabelRank::Country) l.text = country_name(l.feature_id, l.text);
            if (l.rank == LabelRank::River && l.feature.layer < int(data.layers.size()) &&
                l.feature.feature < int(data.layers[l.feature.layer].features.size()))
                l.text = water_name(data.layers[l.feature.layer].features[l.feature.feature], ui_language());
        }
        labels_.set_labels(std::move(labels));
        labels_language_ = ui_language();
    }
}

void CartographyLayer::add_search_entries(std::vector<SearchEntry> entries) {
    for (SearchEntry& e : entries) extra_search_.push_back(std::move(e));
    if (built_) rebuild_search();
}

// One index is kept: the admin units' and places' entries come first in it and are taken from
// there when more entries arrive, not held in a second index of their own (~20 MB on the
// stress pack).
void CartographyLayer::rebuild_search() {
    if (!extra_search_.empty()) {
        const std::vector<SearchEntry>& held = search_index_->entries();
        const std::vector<SearchIndex::WordStart> held_order = search_index_->word_order(base_search_count_);
        std::vector<SearchEntry> all;
        all.reserve(base_search_count_ + extra_search_.size());  // sized once: not held twice while it grows
        all.insert(all.end(), held.begin(), held.begin() + std::ptrdiff_t(base_search_count_));
        all.insert(all.end(), extra_search_.begin(), extra_search_.end());
        search_index_.reset();  // its entries are copied: let it go before the new one is built
        search_.set_index(nullptr);
        search_index_ = std::make_shared<const SearchIndex>(std::move(all), base_search_count_, held_order);
    }
    search_.set_index(search_index_);
}

bool places_shown(const MapContext& ctx) {
    for (size_t i = 0; i < ctx.data.layers.size(); ++i)
        if (ctx.data.layers[i].role == "places" && ctx.layers.shown(int(i))) return true;
    return false;
}

void CartographyLayer::draw_labels(const MapContext& ctx, const std::vector<Box>& ui_rects,
                                   const std::vector<Box>& furniture, const Box& map_area) {
    if (!built_) return;
    drawn_frame_ = ImGui::GetFrameCount();
    ImDrawList* list = ImGui::GetBackgroundDrawList();
    const float scale = ImGui::GetFontSize() / 16.0f;
    // The place layers' visibility (the legend's "Places") is that of the dots and town names
    // drawn here, by rank as one zooms in; the renderer draws no raw points for them.
    const bool places = places_shown_ = places_shown(ctx);
    labels_.set_show_places(places);
    dots_.clear();
    if (places) symbols_.draw(nullptr, ctx.camera, scale, &dots_, furniture);  // where the dots go
    std::vector<Box> avoid = ui_rects;
    avoid.insert(avoid.end(), furniture.begin(), furniture.end());
    const auto t0 = std::chrono::steady_clock::now();
    const LayerVisibility& layers = ctx.layers;
    labels_.update(ctx.camera, avoid, dots_, ImGui::GetFont(), scale, [&layers](int i) { return layers.shown(i); },
                   map_area);
    last_label_ms_ = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    // Then the dots, minus villages a more important name was placed over, and the names.
    if (places) symbols_.draw(list, ctx.camera, scale, nullptr, furniture, labels_.label_boxes());
    labels_.draw(list, ImGui::GetFont(), scale, drawn_frame_);
}

// The "frame" an export's labels are drawn in: never one of ImGui's frame counts.
constexpr int kExportFrame = -100;

LabelLayer CartographyLayer::placed_for_export(const MapContext& ctx, ImFont* font, float scale, double rule_zoom,
                                              const std::vector<Box>& avoid, const std::vector<Box>& obstacles,
                                              bool& places) const {
    places = places_shown(ctx);
    LabelLayer labels = labels_;  // a copy, placed for the export: the window's labels stay put
    labels.set_show_places(places);
    labels.set_obstacles(obstacles);
    labels.set_rule_zoom(rule_zoom);
    labels.forget_placement();  // the window's places are in its pixels, not the export's
    std::vector<SymbolBox> dots;
    if (places) symbols_.draw(nullptr, ctx.camera, scale, &dots, avoid, {}, rule_zoom);
    const LayerVisibility& layers = ctx.layers;
    labels.update(ctx.camera, avoid, dots, font, scale, [&layers](int i) { return layers.shown(i); });
    return labels;
}

nlohmann::json CartographyLayer::draw_export(ImDrawList* list, ImFont* font, const MapContext& ctx, float scale,
                                             double rule_zoom, const std::vector<Box>& avoid,
                                             const std::vector<Box>& obstacles) const {
    if (!built_ || !font) return nlohmann::json::array();
    bool places = false;
    LabelLayer labels = placed_for_export(ctx, font, scale, rule_zoom, avoid, obstacles, places);
    if (places) symbols_.draw(list, ctx.camera, scale, nullptr, avoid, labels.label_boxes(), rule_zoom);
    labels.draw(list, font, scale, kExportFrame);
    return labels.state(kExportFrame);
}

nlohmann::json CartographyLayer::add_to_page(PageScene& page, ImFont* font, const MapContext& ctx, float scale,
                                             const std::vector<Box>& avoid, const std::vector<Box>& obstacles) const {
    if (!built_ || !font) return nlohmann::json::array();
    bool places = false;
    LabelLayer labels = placed_for_export(ctx, font, scale, ctx.camera.zoom(), avoid, obstacles, places);
    if (places) {
        auto list = page_draw_list(float(page.width), float(page.height));
        symbols_.draw(list.get(), ctx.camera, scale, nullptr, avoid, labels.label_boxes(), ctx.camera.zoom());
        add_draw_list_to_page(*list, page);
    }
    labels.add_to_page(page, font, scale, kExportFrame);
    return labels.state(kExportFrame);
}

}  // namespace corridor
