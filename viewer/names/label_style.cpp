#include "viewer/names/label_style.h"

#include <cmath>

#include "core/base/utf8_text.h"

namespace corridor {

namespace {

// Next code point of `s` from byte `i` (advanced); invalid bytes read as themselves.
unsigned next_code_point(std::string_view s, size_t& i) {
    unsigned c = static_cast<unsigned char>(s[i++]);
    if (c >= 0xC0 && c < 0xE0 && i < s.size()) return ((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
    if (c >= 0xE0 && c < 0xF0 && i + 1 < s.size()) {
        unsigned c1 = static_cast<unsigned char>(s[i++]) & 0x3F, c2 = static_cast<unsigned char>(s[i++]) & 0x3F;
        return ((c & 0x0F) << 12) | (c1 << 6) | c2;
    }
    return c;
}

}  // namespace

const LabelStyle& label_style(LabelRank rank) {
    static const LabelStyle styles[] = {
        /* Country */ {21, 3.0f, true, IM_COL32(70, 50, 80, 255)},
        /* Region */ {16, 1.5f, true, IM_COL32(95, 75, 105, 255)},
        /* Cercle */ {14, 0.5f, false, IM_COL32(85, 85, 95, 255)},
        /* Commune */ {12, 0, false, IM_COL32(105, 105, 110, 255)},
        /* Capital */ {18, 0, false, IM_COL32(10, 10, 10, 255)},
        /* RegionalCapital */ {16, 0, false, IM_COL32(20, 20, 20, 255)},
        /* CercleSeat */ {14, 0, false, IM_COL32(30, 30, 30, 255)},
        /* CommuneSeat */ {13, 0, false, IM_COL32(40, 40, 40, 255)},
        /* Village */ {12, 0, false, IM_COL32(60, 60, 60, 255)},
        /* Initiative */ {15, 0, false, IM_COL32(120, 30, 20, 255)},
        /* River */ {13, 1.0f, false, IM_COL32(31, 94, 158, 255)},
    };
    return styles[static_cast<int>(rank)];
}

std::string upper_latin1(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size();) {
        unsigned c = next_code_point(s, i);
        if (c >= 'a' && c <= 'z') c -= 32;
        else if (c >= 0xE0 && c <= 0xFE && c != 0xF7) c -= 0x20;  // à..þ -> À..Þ, not ÷
        append_utf8(out, char32_t(c));
    }
    return out;
}

ImVec2 label_text_size(ImFont* font, const LabelStyle& style, float scale, const std::string& text) {
    const float px = style.size * scale;
    ImVec2 size = font->CalcTextSizeA(px, 1e9f, 0, text.c_str());
    if (style.spacing > 0) {
        size_t letters = 0;
        for (unsigned char c : text) letters += (c & 0xC0) != 0x80;
        if (letters > 1) size.x += style.spacing * scale * float(letters - 1);
    }
    return size;
}

void draw_label_text(ImDrawList* list, ImFont* font, const LabelStyle& style, float scale, ImVec2 at,
                     const std::string& text) {
    const float px = style.size * scale;
    auto draw_run = [&](ImVec2 p, ImU32 colour) {
        if (style.spacing <= 0) return list->AddText(font, px, p, colour, text.c_str());
        // Letter-spaced: one glyph at a time.
        for (size_t i = 0; i < text.size();) {
            size_t start = i;
            unsigned c = next_code_point(text, i);
            list->AddText(font, px, p, colour, text.c_str() + start, text.c_str() + i);
            p.x += font->GetCharAdvance(static_cast<ImWchar>(c)) * px / font->FontSize + style.spacing * scale;
        }
    };
    static const ImVec2 around[] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};
    for (ImVec2 d : around) draw_run(ImVec2(at.x + d.x, at.y + d.y), style.halo);
    draw_run(at, style.ink);
}

LineText measure_line_text(ImFont* font, const LabelStyle& style, float scale, const std::string& text) {
    LineText out;
    const float px = style.size * scale;
    for (size_t i = 0; i < text.size();) {
        const unsigned c = next_code_point(text, i);
        out.code_points.push_back(static_cast<ImWchar>(c));
        out.advances.push_back(font->GetCharAdvance(static_cast<ImWchar>(c)) * px / font->FontSize + style.spacing * scale);
    }
    return out;
}

void draw_label_along(ImDrawList* list, ImFont* font, const LabelStyle& style, float scale, const LineText& text,
                      const std::vector<GlyphPlace>& glyphs) {
    // ImGui draws text upright only: each glyph's quad is turned here and drawn from the font
    // atlas (AddImageQuad), centred on its place with the line box's middle on the line.
    const float px = style.size * scale, s = px / font->FontSize;
    const ImTextureID atlas = font->ContainerAtlas->TexID;
    auto draw_run = [&](ImVec2 d, ImU32 colour) {
        for (size_t g = 0; g < glyphs.size() && g < text.code_points.size(); ++g) {
            const ImFontGlyph* glyph = font->FindGlyph(text.code_points[g]);
            if (!glyph || !glyph->Visible) continue;
            const GlyphPlace& at = glyphs[g];
            const float cs = std::cos(at.angle), sn = std::sin(at.angle);
            const float left = -text.advances[g] / 2 + style.spacing * scale / 2, top = -px / 2;
            auto corner = [&](float gx, float gy) {
                const float lx = left + gx * s, ly = top + gy * s;
                return ImVec2(at.x + d.x + lx * cs - ly * sn, at.y + d.y + lx * sn + ly * cs);
            };
            list->AddImageQuad(atlas, corner(glyph->X0, glyph->Y0), corner(glyph->X1, glyph->Y0),
                               corner(glyph->X1, glyph->Y1), corner(glyph->X0, glyph->Y1), ImVec2(glyph->U0, glyph->V0),
                               ImVec2(glyph->U1, glyph->V0), ImVec2(glyph->U1, glyph->V1), ImVec2(glyph->U0, glyph->V1),
                               colour);
        }
    };
    static const ImVec2 around[] = {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}};
    for (ImVec2 d : around) draw_run(d, style.halo);
    draw_run(ImVec2(0, 0), style.ink);
}

}  // namespace corridor
