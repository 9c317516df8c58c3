#include "viewer/panels/feature_panel.h"

#include <cstdio>
#include <string_view>

#include <imgui.h>

#include "core/cartography/water.h"
#include "core/base/number_text.h"
#include "core/measure/geodesic.h"
#include "viewer/ui/ui_language.h"
#include "viewer/ui/detail_pane.h"

namespace corridor {

namespace {

const Feature* feature_of(const Geodata& data, FeatureRef ref, const Layer** layer = nullptr) {
    if (!ref.valid() || ref.layer >= int(data.layers.size())) return nullptr;
    const Layer& l = data.layers[ref.layer];
    if (ref.feature >= int(l.features.size())) return nullptr;
    if (layer) *layer = &l;
    return &l.features[ref.feature];
}

const std::string& country_of(const Layer& layer, const Feature& f) {
    return f.admin.country.empty() ? layer.country : f.admin.country;
}

const char* level_title(AdminLevel level) {
    switch (level) {
    case AdminLevel::Commune: return tr("feature.commune");
    case AdminLevel::Cercle: return tr("feature.cercle_province");
    case AdminLevel::Region: return tr("feature.region");
    case AdminLevel::Country: return tr("feature.country");
    case AdminLevel::None: break;
    }
    return "";
}

// Labels keep their width; values take the rest and wrap (a fixed-fit value column would
// shrink to nothing and wrap every character).
void setup_label_value_columns() {
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
}

void row(const char* label, std::string_view value) {
    if (value.empty()) return;
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::TextDisabled("%s", label);
    ImGui::TableSetColumnIndex(1);
    ImGui::TextWrapped("%.*s", int(value.size()), value.data());
}

// A line about the feature as a whole, shown and recorded for scripted runs.
void note(const char* text, FrameRecord& frame) {
    ImGui::PushTextWrapPos(0);
    ImGui::TextUnformatted(text);
    ImGui::PopTextWrapPos();
    frame.note(text);
}

// "1 234 km²" in French (narrow no-break space), "1,234 km²" in English.
std::string km2_text(double km2) {
    return number_text(km2, km2 >= 100 ? 0 : 1, ui_language()) + " km²";
}

}  // namespace

const char* second_level_name(const std::string& country) {
    return country == "Burkina Faso" ? tr("feature.province") : tr("feature.cercle");
}

void FeaturePanel::open(const Geodata& data, FeatureRef feature) {
    const Feature* f = feature_of(data, feature);
    if (!f) return close();
    if (feature == feature_) return;
    feature_ = feature;
    const OGRGeometryUniquePtr lonlat = f->lonlat();
    area_km2_ = lonlat ? geodesic_area_m2(*lonlat) / 1e6 : 0;
}

bool FeaturePanel::begin(const Geodata& data, FrameRecord& frame) {
    window_open_ = false;
    const Layer* layer = nullptr;
    const Feature* f = feature_of(data, feature_, &layer);
    if (!f) return close(), false;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - kDetailPaneMargin, kDetailPaneTop), ImGuiCond_FirstUseEver, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(detail_pane_width(), 0), ImGuiCond_FirstUseEver);  // follows the UI scale
    bool open = true;
    // The ### part keeps one window (position, size) whatever feature it shows.
    std::string title = display_name(*layer, *f);
    window_open_ = true;
    const bool shown = ImGui::Begin((title + "###feature").c_str(), &open);
    close_clicked_ = !open;
    content_shown_ = shown;
    if (!shown) return false;
    frame.panel("feature", title);
    draw_detail_nav(frame);  // Back / Forward, as a browser's
    if (!f->mercator) note(tr("feature.no_geometry"), frame);  // GeoJSON "geometry": null
    if (layer->level != AdminLevel::None) {
        const std::string& country = country_of(*layer, *f);
        ImGui::TextDisabled("%s", level_title(layer->level));
        if (ImGui::BeginTable("admin", 2, ImGuiTableFlags_SizingFixedFit)) {
            setup_label_value_columns();
            row(tr("feature.name"), f->name);
            row(tr("feature.pcode"), f->admin.pcode.empty() ? f->id : f->admin.pcode);
            if (layer->level == AdminLevel::Commune) row(second_level_name(country), f->admin.cercle);
            if (layer->level == AdminLevel::Commune || layer->level == AdminLevel::Cercle)
                row(tr("feature.region"), f->admin.region);
            if (layer->level != AdminLevel::Country) row(tr("feature.country"), country);
            if (area_km2_ > 0) row(tr("feature.area"), km2_text(area_km2_));
            ImGui::EndTable();
        }
        return true;
    }
    if (is_water_layer(*layer)) {
        // A river or lake: its names in both languages, its class; the source follows in end().
        const std::string cls = water_class(*f);
        const std::string key = "water." + cls;
        const char* cls_text = cls.empty() ? "" : tr(key.c_str());
        ImGui::TextDisabled("%s", layer_title(*layer).c_str());
        if (ImGui::BeginTable("water", 2, ImGuiTableFlags_SizingFixedFit)) {
            setup_label_value_columns();
            row(tr("feature.name"), f->name);
            row(tr("feature.name_fr"), water_name(*f, "fr"));
            row(tr("feature.name_en"), water_name(*f, "en"));
            row(tr("feature.class"), cls_text[0] == '[' ? cls : std::string(cls_text));
            if (area_km2_ > 0) row(tr("feature.area"), km2_text(area_km2_));
            ImGui::EndTable();
        }
        return false;
    }
    // Any other layer: every attribute, like QGIS's Identify.
    ImGui::TextDisabled("%s", layer_title(*layer).c_str());
    // A bare geometry (or a Feature with "properties": null) has nothing to list.
    const size_t count = f->attribute_count();
    if (count == 0) note(tr("feature.no_properties"), frame);
    if (count > 0 && ImGui::BeginTable("attributes", 2,
                          ImGuiTableFlags_SizingFixedFit | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                          ImVec2(0, std::min(400.0f, 24.0f + 22.0f * count)))) {
        setup_label_value_columns();
        for (size_t i = 0; i < count; ++i) {
            const std::string_view value = f->field_values[i];
            row(f->field_name(i).c_str(), value.empty() ? " " : value);
        }
        ImGui::EndTable();
    }
    if (area_km2_ > 0) ImGui::Text("%s: %s", tr("feature.area"), km2_text(area_km2_).c_str());
    return false;
}

void FeaturePanel::end(const Geodata& data) {
    if (!window_open_) return;
    window_open_ = false;
    const Layer* layer = nullptr;
    if (content_shown_ && feature_of(data, feature_, &layer)) {
        ImGui::Separator();
        ImGui::TextDisabled("%s", tr("feature.source"));
        ImGui::PushTextWrapPos(0);
        const std::string& attribution = layer_attribution(*layer);
        ImGui::TextUnformatted(attribution.empty() ? layer->path.c_str() : attribution.c_str());
        ImGui::PopTextWrapPos();
    }
    ImGui::End();
    if (close_clicked_) close();
}

std::string tooltip_text(const Geodata& data, FeatureRef ref) {
    const Layer* layer = nullptr;
    const Feature* f = feature_of(data, ref, &layer);
    if (!f) return {};
    std::string text = display_name(*layer, *f);
    if (layer->level == AdminLevel::None) return text + "\n" + layer_title(*layer);
    const std::string& country = country_of(*layer, *f);
    if (layer->level == AdminLevel::Commune && !f->admin.cercle.empty())
        text += "\n" + std::string(second_level_name(country)) + ": " + f->admin.cercle;
    if ((layer->level == AdminLevel::Commune || layer->level == AdminLevel::Cercle) && !f->admin.region.empty())
        text += "\n" + std::string(tr("feature.region")) + ": " + f->admin.region;
    if (layer->level != AdminLevel::Country && !country.empty()) text += "\n" + country;
    return text;
}

void draw_hover_tooltip(const Geodata& data, FeatureRef feature, FrameRecord& frame) {
    std::string text = tooltip_text(data, feature);
    if (text.empty()) return;
    ImGui::BeginTooltip();
    ImGui::TextUnformatted(text.c_str());
    ImGui::EndTooltip();
    frame.tooltip_visible = true;
    frame.tooltip_text = text;
}

}  // namespace corridor
