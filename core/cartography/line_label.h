#pragma once
// Names along a line (rivers), the way cartographers and MapLibre's line placement set them:
// each glyph centred on the line and turned with it, the whole name upright (read left to
// right), repeated every `spacing` pixels, and left out where the line bends too sharply to
// read. Pure screen geometry; the names feature measures the glyphs and draws them.
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

struct PathPoint {
    float x = 0, y = 0;  // screen pixels, y down
};

struct GlyphPlace {
    float x = 0, y = 0;  // the glyph's centre, screen pixels
    float angle = 0;     // radians, clockwise on screen (y down); within ±90°: upright
};

struct LineLabelPlace {
    int repeat = 0;                   // which repeat along the line: stable while panning
    std::vector<GlyphPlace> glyphs;   // one per advance, in reading order
    Box box;                          // the turned glyphs' bounding box, screen pixels
};

struct LineLabelOptions {
    float spacing = 250;        // pixels between repeats (MapLibre's symbol-spacing default)
    float max_turn_deg = 45;    // between neighbouring glyphs (MapLibre's text-max-angle)
};

// Where a name of glyph `advances` (pixels) and `height` fits along `path`: each repeat whose
// box lies inside `screen`. The repeats sit at spacing/2 + k*spacing from the path's start,
// or up to a quarter spacing either side where the line bends too sharply there.
std::vector<LineLabelPlace> place_along_line(const std::vector<PathPoint>& path, const std::vector<float>& advances,
                                             float height, const Box& screen, const LineLabelOptions& options = {});

}  // namespace corridor
