#pragma once
// A set of the caller's elements, held as their indices (into an array the caller keeps), found
// by the element's hash and equality: open addressing with linear probing, 4 bytes a slot, at
// most half full.
//
// Written by hand because std::unordered_set allocates a node per element and chains them: on
// the stress pack's 2 M boundary edges (boundary_network.cpp) its lookups, each a walk through
// scattered nodes, were 60% of the map builder's time (perf) and its nodes ~70 bytes an edge.
// No library of this project's stack has a flat hash set.
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <optional>
#include <vector>

namespace corridor {

// key_of(i): the element at index i (any type with ==); hash(key): its hash.
template <class KeyOf, class Hash>
class FlatIndexSet {
public:
    FlatIndexSet(KeyOf key_of, Hash hash, size_t expected = 0) : key_of_(key_of), hash_(hash) { grow(expected); }

    // Adds element `i` unless an equal one is there. Returns the index now held for it: `i`
    // when it was added, else the earlier one's.
    uint32_t insert(uint32_t i) {
        if (2 * (size_ + 1) > slots_.size()) grow(size_ + 1);
        uint32_t& slot = slots_[slot_of(key_of_(i))];
        if (slot == kEmpty) slot = i, ++size_;
        return slot;
    }

    // The index held for an element equal to `key`, if any.
    template <class Key>
    std::optional<uint32_t> find(const Key& key) const {
        const uint32_t held = slots_[slot_of(key)];
        if (held == kEmpty) return std::nullopt;
        return held;
    }

    size_t size() const { return size_; }

private:
    static constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();

    // The slot holding an element equal to `key`, else the empty one where it would go.
    template <class Key>
    size_t slot_of(const Key& key) const {
        const size_t mask = slots_.size() - 1;
        for (size_t s = hash_(key) & mask;; s = (s + 1) & mask)
            if (slots_[s] == kEmpty || key_of_(slots_[s]) == key) return s;
    }

    // Room for `count` elements at most half full; the ones held are placed again. They are
    // placed in index order, so their keys are read in the order the caller keeps them, and
    // without comparing keys, since they are all different: on the stress pack's boundary edges,
    // placing them in slot order, each read of a key a cache miss, was 40% of building the set.
    // The old slots go before the new ones are made, so the two are never held at once.
    void grow(size_t count) {
        size_t capacity = 16;
        while (capacity < 2 * count) capacity *= 2;
        if (capacity <= slots_.size()) return;
        std::vector<bool> held;
        for (uint32_t i : slots_)
            if (i != kEmpty) {
                if (i >= held.size()) held.resize(size_t(i) + 1);
                held[i] = true;
            }
        slots_ = std::vector<uint32_t>();
        slots_.assign(capacity, kEmpty);
        const size_t mask = capacity - 1;
        for (uint32_t i = 0; i < uint32_t(held.size()); ++i) {
            if (!held[i]) continue;
            size_t s = hash_(key_of_(i)) & mask;
            while (slots_[s] != kEmpty) s = (s + 1) & mask;
            slots_[s] = i;
        }
    }

    KeyOf key_of_;
    Hash hash_;
    std::vector<uint32_t> slots_;
    size_t size_ = 0;
};

// The usual key_of: the element at an index of a container the set does not own.
template <class Container>
struct ElementAt {
    const Container* all;
    const auto& operator()(uint32_t i) const { return (*all)[i]; }
};

// Mixes the bits of doubles into a hash (0.0 and -0.0, equal, hash alike).
inline uint64_t hash_doubles(std::initializer_list<double> values) {
    uint64_t h = 0x9E3779B97F4A7C15u;
    for (double d : values) {
        if (d == 0) d = 0;
        h = (h ^ std::bit_cast<uint64_t>(d)) * 0xFF51AFD7ED558CCDu;
        h ^= h >> 32;
    }
    return h;
}

}  // namespace corridor
