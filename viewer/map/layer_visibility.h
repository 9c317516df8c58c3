#pragma once
// Which layers the user shows: a view setting owned by the app, read by the renderer, the
// legend, the layer list and the picker. A layer keeps its default (its style's) until the user
// sets it, and keeps the user's choice when the renderer is rebuilt.
#include <cstdint>
#include <vector>

namespace corridor {

class LayerVisibility {
public:
    // Sets a layer not yet known to `shown`; a choice already made stays.
    void set_default(int layer, bool shown) {
        if (layer < 0) return;
        grow(layer);
        if (state_[layer] < 0) state_[layer] = shown;
    }
    void set(int layer, bool shown) {
        if (layer < 0) return;
        grow(layer);
        state_[layer] = shown;
    }
    // Unknown layers (before the renderer planned them) count as shown.
    bool shown(int layer) const {
        return layer >= 0 && (size_t(layer) >= state_.size() || state_[layer] != 0);
    }

private:
    void grow(int layer) {
        if (size_t(layer) >= state_.size()) state_.resize(size_t(layer) + 1, -1);
    }
    std::vector<int8_t> state_;  // by layer index: -1 unknown, 0 hidden, 1 shown
};

}  // namespace corridor
