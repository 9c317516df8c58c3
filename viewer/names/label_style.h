#pragma once
// How each rank of label looks: size, capitals and letter-spacing for countries and regions,
// colours, and the light halo that keeps names readable over boundaries and fills.
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/cartography/label_rules.h"
#include "core/cartography/line_label.h"

namespace corridor {

struct LabelStyle {
    float size = 13;        // pixels at UI scale 1
    float spacing = 0;      // extra pixels between letters
    bool caps = false;
    ImU32 ink = IM_COL32(40, 40, 40, 255);
    ImU32 halo = IM_COL32(255, 255, 255, 210);
};

const LabelStyle& label_style(LabelRank rank);

// Upper case for ASCII and Latin-1 letters ("Ségou" -> "SÉGOU"); other bytes unchanged.
// Hand-written: the names here are Latin-1, and ICU for this would be a heavy dependency.
std::string upper_latin1(std::string_view utf8);

// Box of `text` (already in caps when the style wants them) in `font` at `scale`.
ImVec2 label_text_size(ImFont* font, const LabelStyle& style, float scale, const std::string& text);
// Halo (the text in the halo colour at eight 1-pixel offsets), then the text.
void draw_label_text(ImDrawList* list, ImFont* font, const LabelStyle& style, float scale, ImVec2 top_left,
                     const std::string& text);

// A name to set along a line: its code points and each one's advance in pixels.
struct LineText {
    std::vector<ImWchar> code_points;
    std::vector<float> advances;
};
LineText measure_line_text(ImFont* font, const LabelStyle& style, float scale, const std::string& text);
// Each glyph turned to its place on the line (line_label.h), halo first, as draw_label_text.
void draw_label_along(ImDrawList* list, ImFont* font, const LabelStyle& style, float scale, const LineText& text,
                      const std::vector<GlyphPlace>& glyphs);

}  // namespace corridor
