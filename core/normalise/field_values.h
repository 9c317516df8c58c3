#pragma once
// A feature's field values, in order, all in one string with where each one ends. The 18,769
// places have 20 fields each: as 20 std::strings a feature (32 bytes each, plus a heap block
// for any value over 15 bytes) they were ~12 MB of a start's memory peak, and 375,000
// allocations to read back from the cache.
#include <cstdint>
#include <initializer_list>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace corridor {

class FieldValues {
public:
    FieldValues() = default;
    FieldValues(std::initializer_list<std::string_view> values) {
        for (std::string_view v : values) push_back(v);
    }

    // Room for `count` values of `bytes` bytes in all, so that adding them allocates no more.
    void reserve(size_t count, size_t bytes) {
        ends_.reserve(count);
        text_.reserve(bytes);
    }
    void push_back(std::string_view value) {
        text_.append(value);
        ends_.push_back(uint32_t(text_.size()));
    }
    // Gives back what growing by doubling left unused.
    void shrink_to_fit() {
        text_.shrink_to_fit();
        ends_.shrink_to_fit();
    }

    size_t size() const { return ends_.size(); }
    bool empty() const { return ends_.empty(); }
    std::string_view operator[](size_t i) const {
        const uint32_t begin = i == 0 ? 0 : ends_[i - 1];
        return std::string_view(text_).substr(begin, ends_[i] - begin);
    }
    std::string_view at(size_t i) const {
        if (i >= size()) throw std::out_of_range("field value " + std::to_string(i) + " of " + std::to_string(size()));
        return (*this)[i];
    }
    bool operator==(const FieldValues&) const = default;

private:
    std::string text_;           // the values, one after another
    std::vector<uint32_t> ends_;  // where value i ends in text_ (value i + 1 starts there)
};

}  // namespace corridor
