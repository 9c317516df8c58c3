#include "viewer/map/load_preview.h"

#include <algorithm>

#include <SFML/Graphics/Vertex.hpp>

namespace corridor {

void LoadPreview::add(const LayerPreview& preview) {
    for (const PreviewLines& item : preview.items) {
        Drawn d;
        d.layer_id = preview.layer_id, d.order = item.order, d.min_zoom = item.min_zoom;
        d.origin = item.lines.points.front();
        const sf::Color colour(item.colour.r, item.colour.g, item.colour.b, item.colour.a);
        std::vector<sf::Vertex> segments;
        segments.reserve(2 * item.lines.points.size());
        for (size_t line = 0; line < item.lines.line_count(); ++line) {
            for (size_t k = item.lines.starts[line] + 1; k < item.lines.end_of(line); ++k)
                for (const MapPoint& p : {item.lines.points[k - 1], item.lines.points[k]})
                    segments.emplace_back(sf::Vector2f(float(p.x - d.origin.x), float(d.origin.y - p.y)), colour);
        }
        d.lines = std::make_unique<sf::VertexBuffer>(sf::Lines, sf::VertexBuffer::Static);
        if (!d.lines->create(segments.size()) || !d.lines->update(segments.data())) continue;
        auto at = std::upper_bound(drawn_.begin(), drawn_.end(), d.order,
                                   [](int order, const Drawn& other) { return order < other.order; });
        drawn_.insert(at, std::move(d));
    }
}

std::vector<std::string> LoadPreview::draw(sf::RenderTarget& target, const Camera& camera) const {
    const double zoom = camera.zoom();
    const float scale = float(1 / camera.meters_per_pixel());
    std::vector<std::string> layers;
    for (const Drawn& d : drawn_) {
        if (zoom < d.min_zoom) continue;
        const ScreenPoint at = camera.map_to_screen(d.origin);
        sf::RenderStates states;
        states.transform.translate(float(at.x), float(at.y)).scale(scale, scale);  // y is flipped at upload
        target.draw(*d.lines, states);
        if (std::find(layers.begin(), layers.end(), d.layer_id) == layers.end()) layers.push_back(d.layer_id);
    }
    return layers;
}

}  // namespace corridor
