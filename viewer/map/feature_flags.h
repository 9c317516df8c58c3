#pragma once
// Which features the map emphasises (the communes of the selected initiative), as one small
// texture per filled layer that the fill shader reads by feature index: a new selection
// rewrites a few kilobytes instead of rebuilding meshes. Needs a current GL context.
#include <cstddef>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "viewer/map/gl_program.h"

namespace corridor {

class FeatureFlags {
public:
    static constexpr int kRowWidth = 256;  // must match map_fill.vert

    FeatureFlags() = default;
    ~FeatureFlags();
    FeatureFlags(const FeatureFlags&) = delete;
    FeatureFlags& operator=(const FeatureFlags&) = delete;

    // A zeroed texture for `layer`'s `features`, once.
    void ensure(int layer, size_t features);
    // Rewritten only when the emphasised set changes (a new initiative selected).
    void update(const std::vector<FeatureRef>& emphasised);
    GLuint texture(int layer) const { return layer >= 0 && size_t(layer) < layers_.size() ? layers_[layer].texture : 0; }

private:
    struct Texture {
        GLuint texture = 0;
        size_t features = 0;
    };
    std::vector<Texture> layers_;  // by layer index
    std::vector<FeatureRef> last_emphasised_;
};

}  // namespace corridor
