#pragma once
// The map while the boundary layers are still being read: each layer's preview
// (layer_preview.h) is drawn as soon as the layer is read, without waiting for the others, one
// pixel wide, through SFML. Once the renderer has meshes, the map (fills, widths, levels of
// detail) is drawn instead; names and clicks wait for it.
#include <memory>
#include <string>
#include <vector>

#include <SFML/Graphics/RenderTarget.hpp>
#include <SFML/Graphics/VertexBuffer.hpp>

#include "viewer/map/camera.h"
#include "viewer/map/layer_preview.h"

namespace corridor {

class LoadPreview {
public:
    void add(const LayerPreview& preview);  // uploads its lines; call with the GL context current
    void clear() { drawn_.clear(); }
    bool empty() const { return drawn_.empty(); }
    // Every item added, bottom to top; returns the layers that drew lines, each once.
    std::vector<std::string> draw(sf::RenderTarget& target, const Camera& camera) const;

private:
    struct Drawn {
        std::string layer_id;
        int order = 0;
        double min_zoom = 0;
        MapPoint origin;  // the vertices are metres from here, as floats: a quarter of a metre
                          // at the far end of the corridor's 2,500 km
        std::unique_ptr<sf::VertexBuffer> lines;  // SFML 2.5's buffers copy, but do not move
    };
    std::vector<Drawn> drawn_;  // by order; layers added later come after those of the same order
};

}  // namespace corridor
