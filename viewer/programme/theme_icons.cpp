#include "viewer/programme/theme_icons.h"

#include <cmath>
#include <cstdio>
#include <string>

namespace corridor {

ImU32 theme_color(Theme theme, int alpha) {
    // Colour-blind-safe hues (Okabe–Ito family), dark enough for a white pictogram.
    switch (theme) {
    case Theme::Governance: return IM_COL32(0, 94, 160, alpha);
    case Theme::EconomicInfrastructure: return IM_COL32(213, 94, 0, alpha);
    case Theme::Training: return IM_COL32(0, 138, 96, alpha);
    case Theme::Tourism: return IM_COL32(204, 121, 167, alpha);
    case Theme::Institution: return IM_COL32(110, 70, 160, alpha);
    case Theme::Corridor: return IM_COL32(150, 110, 0, alpha);
    case Theme::Event: return IM_COL32(200, 30, 60, alpha);
    }
    return IM_COL32(90, 90, 90, alpha);
}

namespace {

ImVec2 at(ImVec2 c, float r, float x, float y) { return ImVec2(c.x + x * r, c.y + y * r); }

void rect(ImDrawList* dl, ImVec2 c, float r, float x0, float y0, float x1, float y1, ImU32 col) {
    dl->AddRectFilled(at(c, r, x0, y0), at(c, r, x1, y1), col);
}

void tri(ImDrawList* dl, ImVec2 c, float r, float ax, float ay, float bx, float by, float cx, float cy, ImU32 col) {
    dl->AddTriangleFilled(at(c, r, ax, ay), at(c, r, bx, by), at(c, r, cx, cy), col);
}

}  // namespace

// Each pictogram is drawn in a [-1, 1] box, y down.
void draw_theme_icon(ImDrawList* dl, ImVec2 c, float r, Theme theme, ImU32 col) {
    const float t = std::max(1.0f, r * 0.16f);  // stroke width
    switch (theme) {
    case Theme::Governance:  // town hall: pediment, three columns, base
        tri(dl, c, r, -0.9f, -0.35f, 0.9f, -0.35f, 0, -0.9f, col);
        for (float x : {-0.6f, -0.08f, 0.44f}) rect(dl, c, r, x, -0.25f, x + 0.16f, 0.55f, col);
        rect(dl, c, r, -0.9f, 0.62f, 0.9f, 0.85f, col);
        break;
    case Theme::EconomicInfrastructure:  // market stall: striped awning, counter, posts
        tri(dl, c, r, -0.9f, -0.3f, 0.9f, -0.3f, 0, -0.85f, col);
        rect(dl, c, r, -0.75f, -0.3f, -0.6f, 0.8f, col);
        rect(dl, c, r, 0.6f, -0.3f, 0.75f, 0.8f, col);
        rect(dl, c, r, -0.75f, 0.15f, 0.75f, 0.35f, col);
        break;
    case Theme::Training:  // graduation cap: diamond board, crown, tassel
        dl->AddQuadFilled(at(c, r, -0.95f, -0.2f), at(c, r, 0, -0.65f), at(c, r, 0.95f, -0.2f), at(c, r, 0, 0.25f), col);
        dl->AddQuadFilled(at(c, r, -0.5f, 0.05f), at(c, r, 0.5f, 0.05f), at(c, r, 0.5f, 0.55f), at(c, r, -0.5f, 0.55f), col);
        dl->AddLine(at(c, r, 0.75f, -0.15f), at(c, r, 0.75f, 0.55f), col, t);
        break;
    case Theme::Tourism: {  // five-pointed star
        ImVec2 pts[10];
        for (int i = 0; i < 10; ++i) {
            float a = -1.5707963f + i * 0.6283185f, rr = (i % 2 ? 0.4f : 0.95f) * r;
            pts[i] = ImVec2(c.x + std::cos(a) * rr, c.y + std::sin(a) * rr + 0.08f * r);
        }
        for (int i = 0; i < 5; ++i) dl->AddTriangleFilled(pts[(2 * i + 9) % 10], pts[2 * i], pts[2 * i + 1], col);
        ImVec2 inner[5] = {pts[1], pts[3], pts[5], pts[7], pts[9]};
        dl->AddConvexPolyFilled(inner, 5, col);
        break;
    }
    case Theme::Institution:  // flag on a pole
        rect(dl, c, r, -0.65f, -0.85f, -0.48f, 0.9f, col);
        dl->AddQuadFilled(at(c, r, -0.48f, -0.85f), at(c, r, 0.8f, -0.6f), at(c, r, 0.8f, 0.05f), at(c, r, -0.48f, -0.2f), col);
        break;
    case Theme::Corridor:  // two opposite arrows
        rect(dl, c, r, -0.85f, -0.5f, 0.3f, -0.22f, col);
        tri(dl, c, r, 0.3f, -0.75f, 0.3f, 0.03f, 0.9f, -0.36f, col);
        rect(dl, c, r, -0.3f, 0.22f, 0.85f, 0.5f, col);
        tri(dl, c, r, -0.3f, -0.03f, -0.3f, 0.75f, -0.9f, 0.36f, col);
        break;
    case Theme::Event:  // calendar sheet with rings and a day
        dl->AddRect(at(c, r, -0.75f, -0.6f), at(c, r, 0.75f, 0.8f), col, 0, 0, t);
        rect(dl, c, r, -0.75f, -0.6f, 0.75f, -0.25f, col);
        rect(dl, c, r, -0.45f, -0.9f, -0.3f, -0.5f, col);
        rect(dl, c, r, 0.3f, -0.9f, 0.45f, -0.5f, col);
        rect(dl, c, r, -0.15f, 0.05f, 0.35f, 0.5f, col);
        break;
    }
}

void draw_marker(ImDrawList* dl, ImVec2 c, float scale, Theme theme, bool undated, bool emphasised) {
    const float r = kMarkerRadius * scale;
    if (emphasised) dl->AddCircleFilled(c, r + 5 * scale, IM_COL32(255, 220, 60, 200), 32);
    dl->AddCircleFilled(ImVec2(c.x + 1, c.y + 2 * scale), r + 1, IM_COL32(0, 0, 0, 70), 32);  // soft shadow
    dl->AddCircleFilled(c, r, IM_COL32_WHITE, 32);
    dl->AddCircleFilled(c, r - 2 * scale, theme_color(theme), 32);
    draw_theme_icon(dl, c, r * 0.55f, theme, IM_COL32_WHITE);
    if (undated) {  // hollow badge top-right: "not dated"
        ImVec2 b(c.x + r * 0.75f, c.y - r * 0.75f);
        dl->AddCircleFilled(b, 4.5f * scale, IM_COL32_WHITE, 16);
        dl->AddCircle(b, 4.5f * scale, IM_COL32(60, 60, 60, 255), 16, 1.5f * scale);
    }
}

float cluster_radius(size_t count, float scale) {
    return (kMarkerRadius + 2 + 3 * std::log2(float(std::max<size_t>(count, 2)))) * scale;
}

void draw_cluster(ImDrawList* dl, ImVec2 c, float scale, const std::vector<Theme>& themes, bool emphasised,
                  float font_px) {
    const float r = cluster_radius(themes.size(), scale);
    if (emphasised) dl->AddCircleFilled(c, r + 5 * scale, IM_COL32(255, 220, 60, 200), 40);
    dl->AddCircleFilled(ImVec2(c.x + 1, c.y + 2 * scale), r + 1, IM_COL32(0, 0, 0, 70), 40);
    dl->AddCircleFilled(c, r, IM_COL32_WHITE, 40);
    // One arc per initiative in its theme's colour: the mix of themes shows at a glance.
    const float step = 6.2831853f / float(themes.size());
    for (size_t i = 0; i < themes.size(); ++i) {
        float a0 = -1.5707963f + step * float(i), a1 = a0 + step - 0.12f;
        dl->PathArcTo(c, r - 3 * scale, a0, a1, 12);
        dl->PathStroke(theme_color(themes[i]), 0, 4 * scale);
    }
    dl->AddCircleFilled(c, r - 6 * scale, IM_COL32(45, 52, 64, 255), 40);
    char text[16];
    std::snprintf(text, sizeof text, "%zu", themes.size());
    ImFont* font = ImGui::GetFont();
    float size = (font_px > 0 ? font_px : ImGui::GetFontSize()) * 1.1f;
    ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0, text);
    dl->AddText(font, size, ImVec2(c.x - ts.x / 2, c.y - ts.y / 2), IM_COL32_WHITE, text);
}

}  // namespace corridor
