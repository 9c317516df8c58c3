#include "viewer/presenter/locator_inset.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "core/base/geometry_walk.h"

namespace corridor {

namespace {

// Share of the window height the inset's map takes: readable from the back of a room, small
// beside the view it locates.
constexpr float kInsetHeightShare = 0.2f;
constexpr float kMinViewPx = 8;  // a town-sized view still shows as a box, not a dot

}  // namespace

void LocatorInset::build(const Geodata& data) {
    built_ = true;
    const Layer* countries = data.layer("countries");
    if (!countries) return;
    for (const Feature& f : countries->features) {
        if ((f.name != "Mali" && f.name != "Burkina Faso") || !f.mercator) continue;
        // A few hundred points are enough at inset size (GEOS, via OGR).
        OGRGeometryUniquePtr simple(f.mercator->SimplifyPreserveTopology(std::max(f.bounds.width(), f.bounds.height()) / 300));
        const OGRGeometry& g = simple ? *simple : *f.mercator;
        for_each_ring(g, [&](const OGRLinearRing& ring) {
            std::vector<MapPoint> pts;
            for (int i = 0; i < ring.getNumPoints(); ++i) {
                pts.push_back({ring.getX(i), ring.getY(i)});
                extent_.expand(ring.getX(i), ring.getY(i));
            }
            if (pts.size() > 2) outlines_.push_back(std::move(pts));
        });
    }
}

void LocatorInset::draw(const Geodata& data, const Camera& camera, float bottom, float scale) {
    if (!built_ && !data.layers.empty()) build(data);
    if (outlines_.empty()) return;
    const Box view = camera.visible_bounds();
    if (view.width() >= kCloseUpShare * extent_.width()) return;  // the countries are in view already

    const ImGuiIO& io = ImGui::GetIO();
    const float H = io.DisplaySize.y, W = io.DisplaySize.x, margin = std::round(H * 0.025f);
    const float map_h = std::round(H * kInsetHeightShare);
    const float map_w = std::round(map_h * float(extent_.width() / extent_.height()));
    const float pad = 6 * scale;
    ImGui::SetNextWindowPos(ImVec2(W - margin, bottom), ImGuiCond_Always, ImVec2(1, 1));
    ImGui::SetNextWindowSize(ImVec2(map_w + 2 * pad, map_h + 2 * pad), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.85f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoInputs |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing;
    if (ImGui::Begin("###tour_locator", nullptr, fixed)) {
        const ImVec2 origin = ImGui::GetWindowPos();
        const double k = map_h / extent_.height();  // pixels per metre; y grows down
        auto to_px = [&](double x, double y) {
            return ImVec2(origin.x + pad + float((x - extent_.min_x) * k), origin.y + pad + float((extent_.max_y - y) * k));
        };
        ImDrawList* dl = ImGui::GetWindowDrawList();
        std::vector<ImVec2> pts;
        for (const std::vector<MapPoint>& ring : outlines_) {
            pts.clear();
            for (const MapPoint& p : ring) pts.push_back(to_px(p.x, p.y));
            dl->AddPolyline(pts.data(), int(pts.size()), IM_COL32(60, 60, 70, 255), ImDrawFlags_Closed, 1.5f * scale);
        }
        ImVec2 a = to_px(view.min_x, view.max_y), b = to_px(view.max_x, view.min_y);
        const ImVec2 c((a.x + b.x) / 2, (a.y + b.y) / 2);
        const float half = kMinViewPx * scale / 2;
        a = ImVec2(std::min(a.x, c.x - half), std::min(a.y, c.y - half));
        b = ImVec2(std::max(b.x, c.x + half), std::max(b.y, c.y + half));
        dl->AddRect(a, b, IM_COL32(200, 30, 30, 255), 0, 0, 2.5f * scale);
        view_rect_ = Box{a.x, a.y, b.x, b.y};
        drawn_frame_ = ImGui::GetFrameCount();
    }
    ImGui::End();
    ImGui::PopStyleVar();
}

nlohmann::json LocatorInset::state() const {
    if (drawn_frame_ != ImGui::GetFrameCount()) return {{"shown", false}, {"view", nullptr}};
    return {{"shown", true},
            {"view", {{"x", view_rect_.min_x}, {"y", view_rect_.min_y}, {"w", view_rect_.width()}, {"h", view_rect_.height()}}}};
}

}  // namespace corridor
