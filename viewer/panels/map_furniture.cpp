#include "viewer/panels/map_furniture.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include <imgui.h>

#include "core/project/projection.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

ScaleBar scale_bar(double meters_per_pixel, double lat, double max_pixels) {
    ScaleBar bar;
    double ground_per_pixel = meters_per_pixel * mercator_scale_at(lat);
    double max_ground = ground_per_pixel * max_pixels;
    if (!(max_ground > 0)) return bar;
    double power = std::pow(10.0, std::floor(std::log10(max_ground)));
    for (double step : {5.0, 2.0, 1.0})
        if (step * power <= max_ground) {
            bar.ground_meters = step * power;
            break;
        }
    bar.pixels = bar.ground_meters / ground_per_pixel;
    char buf[32];
    if (bar.ground_meters >= 1000) std::snprintf(buf, sizeof buf, "%g km", bar.ground_meters / 1000);
    else std::snprintf(buf, sizeof buf, "%g m", bar.ground_meters);
    bar.label = buf;
    return bar;
}

std::vector<std::string> visible_attributions(const Geodata& data, const Box& view,
                                              const LayerVisibility& layers) {
    std::vector<std::string> lines;
    for (size_t i = 0; i < data.layers.size(); ++i) {
        const Layer& l = data.layers[i];
        const std::string& line = layer_attribution(l);
        if (line.empty() || !layers.shown(int(i)) || !l.bounds.intersects(view)) continue;
        if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
    }
    return lines;
}

std::vector<Box> FurnitureRects::all() const {
    std::vector<Box> out;
    for (const Box& b : {scale_bar, cursor, attribution})
        if (!b.empty()) out.push_back(b);
    return out;
}

FurnitureRects draw_map_furniture(const Camera& camera, const Geodata& data, const LayerVisibility& layers,
                                  bool mouse_inside, ScreenPoint mouse) {
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    const float w = float(camera.viewport_width()), h = float(camera.viewport_height());
    const float line = ImGui::GetTextLineHeight(), pad = 8;
    const ImU32 ink = IM_COL32(30, 30, 30, 255), paper = IM_COL32(255, 255, 255, 200);
    FurnitureRects rects;

    // Cursor position bottom left, the scale bar (at the centre's latitude) above it. The
    // readout's width is that of the widest text it can show, so it does not jitter.
    const char* widest = "00.00000°N  000.00000°W";
    const float readout_w = ImGui::CalcTextSize(widest).x + 8;
    double lat = mercator_to_lonlat(camera.center()).lat;
    ScaleBar bar = scale_bar(camera.meters_per_pixel(), lat, std::min(200.0, camera.viewport_width() / 4));
    const float x0 = pad + 2, left_w = std::max(readout_w, float(bar.pixels) + 44);

    // Attribution, bottom right, on one line beside the bottom-left furniture, cut short with
    // "…" (the whole text on hover) where it is too long: it keeps one height whatever layers
    // are shown, so nothing docked above it moves when a layer is switched on.
    std::vector<std::string> lines = visible_attributions(data, camera.visible_bounds(), layers);
    if (!lines.empty()) {
        std::string text;
        for (const std::string& l : lines) text += (text.empty() ? "" : " · ") + l;
        const float room = w - 2 * pad - (x0 + left_w + pad) - 6;
        std::string shown = text;
        if (ImGui::CalcTextSize(text.c_str()).x > room) {
            // Whole UTF-8 characters go until what is left, with its "…", fits: testing the cut
            // text alone could stop where it fits but its ellipsis does not, and show none.
            while (!shown.empty() && ImGui::CalcTextSize((shown + "…").c_str()).x > room) {
                // One whole character: its continuation bytes, then its lead byte.
                while (!shown.empty() && (shown.back() & 0xC0) == 0x80) shown.pop_back();
                if (!shown.empty()) shown.pop_back();
            }
            // Not "… · …": no separator or space just before the ellipsis.
            for (bool trimmed = true; trimmed;) {
                trimmed = false;
                if (!shown.empty() && shown.back() == ' ') shown.pop_back(), trimmed = true;
                if (shown.size() >= 2 && shown.compare(shown.size() - 2, 2, "·") == 0) shown.resize(shown.size() - 2), trimmed = true;
            }
            shown += "…";
        }
        const ImVec2 size = ImGui::CalcTextSize(shown.c_str());
        const ImVec2 at(w - pad - size.x, h - pad - line);
        dl->AddRectFilled(ImVec2(at.x - 3, at.y), ImVec2(w - pad + 3, at.y + line), paper);
        dl->AddText(at, ink, shown.c_str());
        rects.attribution = Box{at.x - 3, at.y, w - pad + 3, at.y + line};
        rects.attribution_text = shown;
        if (shown != text && mouse_inside && rects.attribution.contains(mouse.x, mouse.y)) {
            ImGui::BeginTooltip();
            for (const std::string& l : lines) ImGui::TextUnformatted(l.c_str());
            ImGui::EndTooltip();
        }
    }
    const float bottom = h - pad;
    rects.cursor = Box{x0 - 4, bottom - line, x0 - 4 + readout_w, bottom};
    float base = bottom - line - 6;
    if (bar.pixels > 0) {
        float x1 = x0 + float(bar.pixels);
        dl->AddRectFilled(ImVec2(x0 - 4, base - line - 8), ImVec2(x1 + 40, base + 4), paper);
        dl->AddLine(ImVec2(x0, base), ImVec2(x1, base), ink, 2);
        dl->AddLine(ImVec2(x0, base - 6), ImVec2(x0, base), ink, 2);
        dl->AddLine(ImVec2(x1, base - 6), ImVec2(x1, base), ink, 2);
        dl->AddText(ImVec2(x0, base - line - 6), ink, bar.label.c_str());
        rects.scale_bar = Box{x0 - 4, base - line - 8, x1 + 40, base + 4};
    }
    if (mouse_inside) {
        LonLat p = camera.screen_to_lonlat(mouse);
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.5f°%c  %.5f°%c", std::fabs(p.lat), p.lat >= 0 ? 'N' : 'S',
                      std::fabs(p.lon), p.lon >= 0 ? 'E' : 'W');
        ImVec2 size = ImGui::CalcTextSize(buf);
        ImVec2 at(pad + 2, bottom - line);
        dl->AddRectFilled(ImVec2(at.x - 4, at.y), ImVec2(at.x + size.x + 4, at.y + line), paper);
        dl->AddText(at, ink, buf);
    }
    return rects;
}

}  // namespace corridor
