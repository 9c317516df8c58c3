#include "core/base/digest.h"

#include <cstdio>
#include <new>

#include <xxhash.h>

namespace corridor {

Digest::Digest() : state_(XXH3_createState()) {
    if (!state_) throw std::bad_alloc();
    XXH3_128bits_reset(static_cast<XXH3_state_t*>(state_));
}

Digest::~Digest() { XXH3_freeState(static_cast<XXH3_state_t*>(state_)); }

void Digest::add(const void* data, size_t size) {
    XXH3_128bits_update(static_cast<XXH3_state_t*>(state_), data, size);
    bytes_ += size;
}

std::string Digest::hex() const {
    const XXH128_hash_t h = XXH3_128bits_digest(static_cast<XXH3_state_t*>(state_));
    char text[33];
    std::snprintf(text, sizeof text, "%016llx%016llx", static_cast<unsigned long long>(h.high64),
                  static_cast<unsigned long long>(h.low64));
    return text;
}

uint64_t Digest::low64() const { return XXH3_128bits_digest(static_cast<XXH3_state_t*>(state_)).low64; }

}  // namespace corridor
