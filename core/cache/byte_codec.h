#pragma once
// Plain records as bytes and back, for the cache's payloads (geodata_codec, the names' codec):
// numbers as they lie in memory (the cache is read only by the build that wrote it, whose key
// names it), texts and lists behind a 4-byte count. The reader takes any bytes: every count is
// checked against what is left, and a fault throws DecodeError, which the codec's decode
// function catches and turns into its error text. Written by hand: the payloads are flat
// records, and neither JSON nor a schema compiler in Debian reads them back as fast.
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

// Appends to `bytes`, or, made with kCountOnly, only counts them: an encoder runs once to count
// and once to write into a string reserved to the exact size (grown by doubling, the string
// held its old and new buffers at once: 9-13 MB more at the peak of a first start, real pack).
class ByteWriter {
public:
    static constexpr bool kCountOnly = true;
    explicit ByteWriter(bool count_only = false) : count_only_(count_only) {}

    std::string bytes;

    // How many bytes were written (or counted).
    size_t size() const { return count_only_ ? counted_ : bytes.size(); }
    // `n` more bytes for the caller to fill; nullptr when only counting.
    char* extend(size_t n) {
        if (count_only_) return counted_ += n, nullptr;
        bytes.resize(bytes.size() + n);
        return bytes.data() + bytes.size() - n;
    }
    void append(const void* data, size_t n) {
        if (char* at = extend(n)) std::memcpy(at, data, n);
    }
    template <typename T> void put(T v) { append(&v, sizeof v); }
    void text(std::string_view s) {
        put(uint32_t(s.size()));
        append(s.data(), s.size());
    }
    void texts(const std::vector<std::string>& list) {
        count(list.size());
        for (const std::string& s : list) text(s);
    }
    void count(size_t n) { put(uint32_t(n)); }
    void box(const Box& b) { put(b.min_x), put(b.min_y), put(b.max_x), put(b.max_y); }
    void point(MapPoint p) { put(p.x), put(p.y); }

private:
    bool count_only_ = false;
    size_t counted_ = 0;
};

// The bytes `write(ByteWriter&)` writes, in a string of exactly their size.
template <class Write> std::string encode_exactly(const Write& write) {
    ByteWriter counter(ByteWriter::kCountOnly);
    write(counter);
    ByteWriter w;
    w.bytes.reserve(counter.size());
    write(w);
    return std::move(w.bytes);
}

struct DecodeError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

class ByteReader {
public:
    explicit ByteReader(std::string_view bytes) : bytes_(bytes) {}

    size_t left() const { return bytes_.size() - at_; }

    template <typename T> T get(const char* what) {
        T v;
        std::memcpy(&v, take(sizeof v, what).data(), sizeof v);
        return v;
    }
    std::string text(const char* what) { return std::string(take(get<uint32_t>(what), what)); }
    std::vector<std::string> texts(const char* what) {
        std::vector<std::string> list(count(what));
        for (std::string& s : list) s = text(what);
        return list;
    }
    // A count of elements that each take at least one byte: no more than the bytes left, so
    // that a damaged count cannot ask for gigabytes.
    size_t count(const char* what) {
        const uint32_t n = get<uint32_t>(what);
        if (n > left()) fail(std::to_string(n) + " " + what + " announced, more than the bytes left");
        return n;
    }
    template <typename Enum> Enum enumeration(int last, const char* what) {
        const uint8_t v = get<uint8_t>(what);
        if (v > last) fail(std::string("unknown ") + what + " " + std::to_string(v));
        return Enum(v);
    }
    Box box(const char* what) {
        Box b;
        b.min_x = get<double>(what), b.min_y = get<double>(what), b.max_x = get<double>(what), b.max_y = get<double>(what);
        return b;
    }
    MapPoint point(const char* what) {
        MapPoint p;
        p.x = get<double>(what), p.y = get<double>(what);
        return p;
    }
    // The next `n` bytes, as they lie in the input.
    std::string_view take(size_t n, const char* what) {
        if (n > left()) fail(std::string("truncated while reading ") + what);
        const std::string_view piece = bytes_.substr(at_, n);
        at_ += n;
        return piece;
    }
    // Throws unless every byte was read.
    void expect_end(const char* after) const {
        if (left() != 0) fail(std::to_string(left()) + " bytes left over after " + after);
    }
    [[noreturn]] void fail(const std::string& message) const {
        throw DecodeError(message + " (at byte " + std::to_string(at_) + " of " + std::to_string(bytes_.size()) + ")");
    }

private:
    std::string_view bytes_;
    size_t at_ = 0;
};

}  // namespace corridor
