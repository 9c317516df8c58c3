#include "core/base/digest.h"

#include <string>

#include <gtest/gtest.h>

namespace corridor {
namespace {

std::string digest_of(std::string_view bytes) {
    Digest d;
    d.add(bytes);
    return d.hex();
}

// XXH3-128 of no bytes, as xxHash's own sanity table gives it (xxhsum -H2 of an empty file).
TEST(Digest, NoBytesGiveXxh3sKnownValue) { EXPECT_EQ(digest_of(""), "99aa06d3014798d86001c324468d497f"); }

TEST(Digest, BytesFedInPiecesGiveTheWholesDigest) {
    std::string bytes;
    for (int i = 0; i < 100000; ++i) bytes += char(i * 131 % 251);
    Digest pieces;
    for (size_t at = 0; at < bytes.size(); at += 777) pieces.add(std::string_view(bytes).substr(at, 777));
    EXPECT_EQ(pieces.hex(), digest_of(bytes));
    EXPECT_EQ(pieces.bytes(), bytes.size());
}

TEST(Digest, OneFlippedBitChangesTheDigest) {
    std::string bytes(4096, 'a');
    const std::string before = digest_of(bytes);
    bytes[2049] ^= 0x10;
    EXPECT_NE(digest_of(bytes), before);
    EXPECT_EQ(before.size(), 32u);
}

}  // namespace
}  // namespace corridor
