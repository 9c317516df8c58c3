#include "core/export/page_scene.h"

#include <utility>

namespace corridor {

void PageScene::path(std::vector<std::vector<PagePoint>> parts, bool closed, PageColour fill, PageColour stroke,
                     double width, double dash) {
    PageShape s;
    s.kind = PageShape::Kind::Path;
    s.parts = std::move(parts);
    s.closed = closed;
    s.fill = fill, s.stroke = stroke, s.width = width, s.dash = dash;
    shapes.push_back(std::move(s));
}

void PageScene::circle(PagePoint c, double r, PageColour fill, PageColour stroke, double width) {
    PageShape s;
    s.kind = PageShape::Kind::Circle;
    s.at = c, s.radius = r, s.fill = fill, s.stroke = stroke, s.width = width;
    shapes.push_back(std::move(s));
}

void PageScene::text(std::string utf8, PagePoint top_left, double size, PageColour ink, PageColour halo, bool bold,
                     double angle) {
    PageShape s;
    s.kind = PageShape::Kind::Text;
    s.text = std::move(utf8);
    s.at = top_left, s.size = size, s.fill = ink, s.stroke = halo, s.bold = bold, s.angle = angle;
    shapes.push_back(std::move(s));
}

}  // namespace corridor
