#pragma once
// Which features the map emphasises (the communes of the selected initiative), as one bit per
// feature of each filled layer, which the fill shader reads from a uniform array by feature
// index: a new selection rewrites a few words instead of rebuilding meshes. No GL here.
//
// Bits and not a texture: llvmpipe's disk cache never kept the fill shader's pipeline while its
// vertex shader sampled a texture (the key it files it under changed from run to run), so every
// warm start compiled it again, 25-30 ms of LLVM on the 2-core machine.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/read/geodata_catalog.h"

namespace corridor {

class FeatureFlags {
public:
    // Features a layer can have emphasised: the bits of map_fill.vert's u_emphasis_words.
    // A commune layer has ~700 (the full-resolution and stress packs too); a feature past this
    // index is drawn without emphasis.
    static constexpr int kWords = 256;
    static constexpr size_t kMaxFeatures = size_t(kWords) * 32;

    // Rewritten only when the emphasised set changes (a new initiative selected).
    void update(const std::vector<FeatureRef>& emphasised);
    // The layer's kWords words, bit f of word f / 32 set when feature f is emphasised; all
    // zero for a layer with none.
    const uint32_t* words(int layer) const;

private:
    std::vector<std::vector<uint32_t>> layers_;  // by layer index; empty: nothing emphasised
    std::vector<FeatureRef> last_emphasised_;
    std::vector<uint32_t> none_ = std::vector<uint32_t>(kWords, 0);
};

}  // namespace corridor
