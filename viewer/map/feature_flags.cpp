#include "viewer/map/feature_flags.h"

#include <algorithm>
#include <cstdint>

namespace corridor {

namespace {
constexpr int kFlagsRowWidth = FeatureFlags::kRowWidth;
}  // namespace

FeatureFlags::~FeatureFlags() {
    for (Texture& f : layers_)
        if (f.texture) glDeleteTextures(1, &f.texture);
}

void FeatureFlags::ensure(int layer, size_t features) {
    if (size_t(layer) >= layers_.size()) layers_.resize(layer + 1);
    Texture& f = layers_[layer];
    if (f.texture) return;
    f.features = features;
    const GLsizei rows = GLsizei(std::max<size_t>(1, (features + kFlagsRowWidth - 1) / kFlagsRowWidth));
    std::vector<uint8_t> zeros(size_t(rows) * kFlagsRowWidth, 0);
    glGenTextures(1, &f.texture);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, f.texture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, kFlagsRowWidth, rows, 0, GL_RED, GL_UNSIGNED_BYTE, zeros.data());
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_NEAREST);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_NEAREST);
    glBindTexture(GL_TEXTURE_2D, 0);
    glActiveTexture(GL_TEXTURE0);
}

void FeatureFlags::update(const std::vector<FeatureRef>& emphasised) {
    if (emphasised == last_emphasised_) return;
    last_emphasised_ = emphasised;
    glActiveTexture(GL_TEXTURE1);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    for (size_t layer = 0; layer < layers_.size(); ++layer) {
        Texture& f = layers_[layer];
        if (!f.texture) continue;
        const size_t rows = std::max<size_t>(1, (f.features + kFlagsRowWidth - 1) / kFlagsRowWidth);
        std::vector<uint8_t> data(rows * kFlagsRowWidth, 0);
        for (const FeatureRef& r : emphasised)
            if (r.layer == int(layer) && r.feature >= 0 && size_t(r.feature) < f.features) data[r.feature] = 255;
        glBindTexture(GL_TEXTURE_2D, f.texture);
        glTexSubImage2D(GL_TEXTURE_2D, 0, 0, 0, kFlagsRowWidth, GLsizei(rows), GL_RED, GL_UNSIGNED_BYTE, data.data());
    }
    glBindTexture(GL_TEXTURE_2D, 0);
    glActiveTexture(GL_TEXTURE0);
}

}  // namespace corridor
