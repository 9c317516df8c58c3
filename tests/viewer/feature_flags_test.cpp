// The emphasised features as the fill shader reads them: one bit per feature of its own layer.
#include <gtest/gtest.h>

#include "viewer/map/feature_flags.h"

using namespace corridor;

namespace {

bool bit(const FeatureFlags& flags, int layer, size_t feature) {
    return (flags.words(layer)[feature / 32] >> (feature % 32)) & 1u;
}

size_t bits_set(const FeatureFlags& flags, int layer) {
    size_t n = 0;
    for (int w = 0; w < FeatureFlags::kWords; ++w) n += size_t(__builtin_popcount(flags.words(layer)[w]));
    return n;
}

}  // namespace

TEST(FeatureFlags, EachEmphasisedFeatureIsOneBitOfItsOwnLayer) {
    FeatureFlags flags;
    flags.update({{1, 0}, {1, 33}, {1, 702}, {2, 31}});
    EXPECT_TRUE(bit(flags, 1, 0));
    EXPECT_TRUE(bit(flags, 1, 33));
    EXPECT_TRUE(bit(flags, 1, 702));
    EXPECT_FALSE(bit(flags, 1, 32));
    EXPECT_FALSE(bit(flags, 1, 31)) << "feature 31 is emphasised in layer 2, not 1";
    EXPECT_EQ(bits_set(flags, 1), 3u);
    EXPECT_TRUE(bit(flags, 2, 31));
    EXPECT_EQ(bits_set(flags, 2), 1u);
    EXPECT_EQ(bits_set(flags, 0), 0u) << "a layer with nothing emphasised reads all zero";
    EXPECT_EQ(bits_set(flags, 9), 0u);
    EXPECT_EQ(bits_set(flags, -1), 0u);
}

TEST(FeatureFlags, ANewSelectionReplacesTheOldOne) {
    FeatureFlags flags;
    flags.update({{1, 5}, {3, 7}});
    flags.update({{1, 6}});
    EXPECT_FALSE(bit(flags, 1, 5));
    EXPECT_TRUE(bit(flags, 1, 6));
    EXPECT_EQ(bits_set(flags, 3), 0u);
    flags.update({});
    EXPECT_EQ(bits_set(flags, 1), 0u);
}

TEST(FeatureFlags, FeaturesPastTheShadersBitsAreLeftOut) {
    FeatureFlags flags;
    flags.update({{0, int(FeatureFlags::kMaxFeatures) - 1}, {0, int(FeatureFlags::kMaxFeatures)}, {0, -1}});
    EXPECT_TRUE(bit(flags, 0, FeatureFlags::kMaxFeatures - 1));
    EXPECT_EQ(bits_set(flags, 0), 1u);
}
