#include "viewer/map/feature_flags.h"

namespace corridor {

void FeatureFlags::update(const std::vector<FeatureRef>& emphasised) {
    if (emphasised == last_emphasised_) return;
    last_emphasised_ = emphasised;
    for (auto& words : layers_) words.clear();
    for (const FeatureRef& r : emphasised) {
        if (r.layer < 0 || r.feature < 0 || size_t(r.feature) >= kMaxFeatures) continue;
        if (size_t(r.layer) >= layers_.size()) layers_.resize(size_t(r.layer) + 1);
        std::vector<uint32_t>& words = layers_[size_t(r.layer)];
        if (words.empty()) words.assign(kWords, 0);
        words[size_t(r.feature) / 32] |= 1u << (r.feature % 32);
    }
}

const uint32_t* FeatureFlags::words(int layer) const {
    if (layer < 0 || size_t(layer) >= layers_.size() || layers_[size_t(layer)].empty()) return none_.data();
    return layers_[size_t(layer)].data();
}

}  // namespace corridor
