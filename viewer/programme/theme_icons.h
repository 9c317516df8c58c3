#pragma once
// The initiative markers' look: one colour and one vector pictogram per theme, drawn with
// ImGui's draw list at a constant screen size (times the UI scale).
#include <vector>

#include <imgui.h>

#include "core/programme/initiative_model.h"

namespace corridor {

ImU32 theme_color(Theme theme, int alpha = 255);

// The pictogram alone, in `color`, filling a square of half-size `r` around `c`.
void draw_theme_icon(ImDrawList* dl, ImVec2 c, float r, Theme theme, ImU32 color);

inline constexpr float kMarkerRadius = 13;  // pixels at UI scale 1

// A pin-less round marker: theme disc, white ring, white pictogram. `undated` adds a hollow
// badge; `emphasised` a halo (hovered or selected).
void draw_marker(ImDrawList* dl, ImVec2 c, float scale, Theme theme, bool undated, bool emphasised);

// A cluster: a dark disc with the count, ringed by arcs in the colours of its themes.
float cluster_radius(size_t count, float scale);
// `font_px`: the count's font size before the 1.1 factor; 0: ImGui's current size.
void draw_cluster(ImDrawList* dl, ImVec2 c, float scale, const std::vector<Theme>& themes, bool emphasised,
                  float font_px = 0);

}  // namespace corridor
