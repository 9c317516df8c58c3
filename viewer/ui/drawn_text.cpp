#include "viewer/ui/drawn_text.h"

#include <cmath>
#include <map>
#include <utility>

#include <imgui.h>

#include "core/base/utf8_text.h"

namespace corridor {

std::string drawn_text(const ImDrawData* data) {
    if (!data || !ImGui::GetCurrentContext()) return "";
    // Glyphs by the top-left texture coordinate of their quad, over every font of the atlas,
    // with where the glyph sits in its line, to find the line's top at any scale.
    struct Glyph {
        unsigned codepoint;
        float y0, y1, font_size;
    };
    std::map<std::pair<float, float>, Glyph> glyphs;
    for (const ImFont* font : ImGui::GetIO().Fonts->Fonts)
        for (const ImFontGlyph& g : font->Glyphs)
            if (g.Visible && g.Y1 > g.Y0)
                glyphs.emplace(std::make_pair(g.U0, g.V0), Glyph{g.Codepoint, g.Y0, g.Y1, font->FontSize});

    std::string out;
    for (int l = 0; l < data->CmdListsCount; ++l) {
        const ImDrawList* list = data->CmdLists[l];
        const ImVector<ImDrawVert>& v = list->VtxBuffer;
        const ImVector<ImDrawIdx>& idx = list->IdxBuffer;
        bool first = true;
        float last_x2 = 0, last_top = 0;
        // ImFont::RenderText writes each glyph as one quad: indices b, b+1, b+2, b, b+2, b+3,
        // vertex b at the top left (x1, y1, u0, v0) and b+2 at the bottom right.
        for (int i = 0; i + 5 < idx.Size; ++i) {
            const unsigned b = idx[i];
            if (idx[i + 1] != b + 1 || idx[i + 2] != b + 2 || idx[i + 3] != b || idx[i + 4] != b + 2 || idx[i + 5] != b + 3 ||
                int(b + 3) >= v.Size)
                continue;
            auto g = glyphs.find({v[b].uv.x, v[b].uv.y});
            if (g == glyphs.end()) continue;
            const Glyph& glyph = g->second;
            const float x1 = v[b].pos.x, y1 = v[b].pos.y;
            const float scale = (v[b + 2].pos.y - y1) / (glyph.y1 - glyph.y0);
            const float top = y1 - glyph.y0 * scale, size = glyph.font_size * scale;
            if (!first) {
                if (std::fabs(top - last_top) > size * 0.5f || x1 < last_x2 - size * 0.5f) out += '\n';
                else if (x1 - last_x2 > size * 0.2f) out += ' ';
            }
            append_utf8(out, char32_t(glyph.codepoint));
            first = false;
            last_x2 = v[b + 2].pos.x, last_top = top;
            i += 5;
        }
        if (!first) out += '\n';
    }
    return out;
}

}  // namespace corridor
