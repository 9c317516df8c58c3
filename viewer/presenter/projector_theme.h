#pragma once
// How the app looks on a projector: the ImGui style and fonts at a UI scale (1x..3x), a
// high-contrast variant of the UI colours and of the map style, and the large caption fonts.
#include <string>
#include <vector>

#include <imgui.h>

#include "viewer/map/map_style.h"

namespace corridor {

struct UiFonts {
    ImFont* regular = nullptr;
    ImFont* caption_title = nullptr;  // presenter captions, sized from the window height
    ImFont* caption_text = nullptr;
    ImFont* small = nullptr;          // sources, step indicator
};

// Caption sizes in pixels for a window `height` pixels high: big enough to read from the back
// of a room (a title of about 1/19 of the screen height), never below the UI text.
struct CaptionSizes {
    float title = 0, text = 0, small = 0;
    bool operator==(const CaptionSizes&) const = default;
};
CaptionSizes caption_sizes(float window_height, float ui_scale);

// What the font atlas is built for. Caption fonts only carry Latin plus the characters of
// the tours' texts, to keep the atlas small at 4K. Two equal requests give the same atlas, so
// the app rebuilds it (some 30 ms) only when the request changes.
struct FontRequest {
    float ui_scale = 1;
    CaptionSizes captions;
    std::vector<ImWchar> caption_glyphs;  // ImGui glyph ranges, 0-terminated
    bool operator==(const FontRequest&) const = default;
};
// Needs an ImGui context (its default glyph ranges).
FontRequest font_request(float ui_scale, float window_height, const std::string& caption_chars);

// Rebuilds the font atlas: UI text at 16 px * ui_scale, captions at request.captions. The
// atlas points into request.caption_glyphs: keep the request as long as the atlas. Call
// between frames.
UiFonts build_ui_fonts(const FontRequest& request);

// The ImGui style from scratch: light or high-contrast colours, every size times ui_scale.
void apply_ui_style(float ui_scale, bool high_contrast);

// The map for a projector: darker, wider boundary lines and more saturated fills.
MapStyle high_contrast_map_style(MapStyle base);

}  // namespace corridor
