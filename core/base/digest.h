#pragma once
// A fast non-cryptographic digest of bytes fed in pieces: XXH3 from xxHash (Debian's
// libxxhash), 128 bits. It checks that a cache entry was not damaged and tells changed input
// data from the old; XXH3 runs at memory speed, where zlib's CRC-32 took tens of milliseconds
// of every warm start.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace corridor {

class Digest {
public:
    Digest();
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    void add(const void* data, size_t size);
    void add(std::string_view bytes) { add(bytes.data(), bytes.size()); }
    template <class T>
    void add_value(const T& v) { add(&v, sizeof v); }

    std::uintmax_t bytes() const { return bytes_; }
    // 32 hexadecimal digits.
    std::string hex() const;
    // The low 64 bits, for a header field.
    uint64_t low64() const;

private:
    void* state_;  // XXH3_state_t, kept out of this header
    std::uintmax_t bytes_ = 0;
};

}  // namespace corridor
