#pragma once
// A view of the map as shapes and text in view pixels (x right, y down): what the features draw
// on screen, recorded for the vector export (cairo_page writes it as PDF or SVG), plus the rows
// of the export's legend. GUI-free: the viewer fills it, the core writes it.
#include <cstdint>
#include <string>
#include <vector>

namespace corridor {

struct PageColour {
    uint8_t r = 0, g = 0, b = 0, a = 255;
    bool visible() const { return a > 0; }
};

struct PagePoint {
    double x = 0, y = 0;
};

struct PageShape {
    enum class Kind { Path, Circle, Text };
    Kind kind = Kind::Path;
    std::vector<std::vector<PagePoint>> parts;  // Path: lines, or rings when `closed`
    bool closed = false;                        // rings, filled ...
    bool even_odd = true;                       // ... even-odd (holes), else non-zero (a union of parts)
    PagePoint at;                               // Circle: centre; Text: top-left of its box
    double radius = 0;                          // Circle
    PageColour fill{0, 0, 0, 0}, stroke{0, 0, 0, 0};  // Text: fill is the ink, stroke the halo
    double width = 0;                           // stroke width, pixels
    double dash = 0;                            // dash length, pixels; 0: solid
    std::string text;                           // Text, UTF-8
    double size = 0;                            // Text: font size, pixels
    bool bold = false;
    double angle = 0;                           // Text: radians, clockwise, about `at`
};

// One row of the export's legend: a swatch and what it means.
struct LegendRow {
    enum class Swatch { Fill, Line, Dashed, Dot, Heading };
    Swatch swatch = Swatch::Line;
    std::string text;
    PageColour fill{0, 0, 0, 0}, line{0, 0, 0, 0};
    double width = 1;  // line width at scale 1
};

struct PageScene {
    double width = 0, height = 0;  // view pixels
    std::vector<PageShape> shapes;  // in drawing order

    void path(std::vector<std::vector<PagePoint>> parts, bool closed, PageColour fill, PageColour stroke,
              double width, double dash = 0);
    void circle(PagePoint c, double r, PageColour fill, PageColour stroke = {0, 0, 0, 0}, double width = 0);
    void text(std::string utf8, PagePoint top_left, double size, PageColour ink, PageColour halo = {0, 0, 0, 0},
              bool bold = false, double angle = 0);
};

}  // namespace corridor
