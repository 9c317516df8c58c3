#include "viewer/ui/state_json.h"

#include <imgui.h>
#include <imgui_internal.h>

#include "core/project/projection.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

using nlohmann::json;

json camera_json(const Camera& camera) {
    LonLat c = mercator_to_lonlat(camera.center());
    Box b = camera.visible_bounds();
    LonLat sw = mercator_to_lonlat({b.min_x, b.min_y}), ne = mercator_to_lonlat({b.max_x, b.max_y});
    return {{"center", {{"lon", c.lon}, {"lat", c.lat}}},
            {"zoom", camera.zoom()},
            {"meters_per_pixel", camera.meters_per_pixel()},
            {"viewport", {camera.viewport_width(), camera.viewport_height()}},
            {"bounds", {{"west", sw.lon}, {"south", sw.lat}, {"east", ne.lon}, {"north", ne.lat}}}};
}

json feature_json(const Geodata& data, FeatureRef ref) {
    if (!ref.valid() || ref.layer >= int(data.layers.size())) return nullptr;
    const Layer& layer = data.layers[ref.layer];
    if (ref.feature >= int(layer.features.size())) return nullptr;
    const Feature& f = layer.features[ref.feature];
    return {{"kind", layer.level == AdminLevel::None ? "feature" : to_string(layer.level)},
            {"layer", layer.id},
            {"id", f.id},
            {"name", f.name},
            {"geometry", f.mercator ? json(geojson_type_name(*f.mercator)) : json(nullptr)},
            {"properties", f.attribute_count()}};
}

json layers_json(const Geodata& data, const LayerVisibility& layers) {
    json out = json::array();
    for (size_t i = 0; i < data.layers.size(); ++i) {
        const Layer& l = data.layers[i];
        out.push_back({{"id", l.id},
                       {"title", layer_title(l)},
                       {"visible", layers.shown(int(i))},
                       {"feature_count", l.features.size()},
                       {"without_geometry", features_without_geometry(l).size()}});
    }
    return out;
}

json problems_json(const Diagnostics& problems) {
    json out = json::array();
    for (const Diagnostic& d : problems.items())
        out.push_back({{"severity", d.severity == Severity::Error ? "error" : "warning"},
                       {"file", d.file},
                       {"where", d.where},
                       {"message", d.message}});
    return out;
}

void FrameRecord::panel(std::string id, std::string title) {
    Box rect;
    const ImGuiWindow* w = ImGui::GetCurrentContext() ? ImGui::GetCurrentWindowRead() : nullptr;
    if (w && !w->IsFallbackWindow) rect.expand(w->Pos.x, w->Pos.y), rect.expand(w->Pos.x + w->Size.x, w->Pos.y + w->Size.y);
    panels.push_back({std::move(id), std::move(title), rect, {}});
}

void FrameRecord::control(std::string id, std::string title) {
    const ImVec2 a = ImGui::GetItemRectMin(), b = ImGui::GetItemRectMax();
    controls.push_back({std::move(id), std::move(title), Box{a.x, a.y, b.x, b.y}, {}});
}

json rect_json(const Box& rect) {
    if (rect.empty()) return nullptr;
    return {{"x", rect.min_x}, {"y", rect.min_y}, {"w", rect.width()}, {"h", rect.height()}};
}

json frame_json(const FrameRecord& frame) {
    json panels = json::array();
    for (const auto& p : frame.panels) {
        panels.push_back({{"id", p.id}, {"title", p.title}, {"rect", rect_json(p.rect)}});
        if (!p.notes.empty()) panels.back()["notes"] = p.notes;
    }
    json controls = json::array();
    for (const auto& c : frame.controls) controls.push_back({{"id", c.id}, {"title", c.title}, {"rect", rect_json(c.rect)}});
    return {{"panels", panels},
            {"controls", controls},
            {"tooltip", {{"visible", frame.tooltip_visible}, {"text", frame.tooltip_text}}}};
}

}  // namespace corridor
