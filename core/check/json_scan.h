#pragma once
// Reads a JSON text (RFC 8259) and tells a handler what it holds, without converting numbers
// that are not integers. The GeoJSON check (geojson_check.cpp) needs to know that a file is
// valid JSON and what its features' properties hold, but never the value of a coordinate.
//
// Written by hand because the JSON readers in Debian convert every number: nlohmann's SAX
// reader calls strtod for each, 75% of the check's time on the stress pack's 37 MB of
// coordinates, and simdjson's DOM holds 16 bytes per number (+57 MB there). This reads the
// same grammar as nlohmann (a leading UTF-8 byte order mark is skipped, nothing but a NUL byte
// may follow the value, strings are valid UTF-8 with paired surrogate escapes, a number must fit
// a double) and only says whether the text is valid: the check asks nlohmann again for its
// message, with line and column, when it is not. tests/core/json_scan_test.cpp and
// fuzz/fuzz_json_scan.cpp hold the two to agreeing.
//
// Handler: on_null(), on_boolean(bool), on_integer(int64_t) (a negative integer, or -0),
// on_unsigned(uint64_t) (any other integer), on_real() (a number with a fraction or exponent,
// or an integer beyond 64 bits: what nlohmann reads as a double), on_string(std::string&),
// on_key(std::string&), on_start_object(), on_end_object(), on_start_array(), on_end_array().
// Nesting is kept in a vector, not on the stack, so no depth overflows it.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/utf8_text.h"

namespace corridor {

namespace json_scan_detail {

inline bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

inline int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The string that begins after the opening quote at `p`, decoded into `out`; `p` ends past the
// closing quote. False when it is not a valid JSON string.
inline bool read_string(const char*& p, const char* end, std::string& out) {
    out.clear();
    for (;;) {
        const char* run = p;
        while (p < end && *p != '"' && *p != '\\' && static_cast<unsigned char>(*p) >= 0x20) ++p;
        if (!is_valid_utf8(std::string_view(run, size_t(p - run)))) return false;
        out.append(run, size_t(p - run));
        if (p >= end || static_cast<unsigned char>(*p) < 0x20) return false;
        if (*p++ == '"') return true;
        if (p >= end) return false;
        const char escape = *p++;
        switch (escape) {
            case '"': out += '"'; break;
            case '\\': out += '\\'; break;
            case '/': out += '/'; break;
            case 'b': out += '\b'; break;
            case 'f': out += '\f'; break;
            case 'n': out += '\n'; break;
            case 'r': out += '\r'; break;
            case 't': out += '\t'; break;
            case 'u': {
                auto code_unit = [&](uint32_t& unit) {
                    if (end - p < 4) return false;
                    unit = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = hex_value(p[i]);
                        if (h < 0) return false;
                        unit = unit * 16 + uint32_t(h);
                    }
                    p += 4;
                    return true;
                };
                uint32_t code = 0;
                if (!code_unit(code) || (code >= 0xDC00 && code <= 0xDFFF)) return false;
                if (code >= 0xD800 && code <= 0xDBFF) {  // a high surrogate: its low one must follow
                    uint32_t low = 0;
                    if (end - p < 2 || p[0] != '\\' || p[1] != 'u') return false;
                    p += 2;
                    if (!code_unit(low) || low < 0xDC00 || low > 0xDFFF) return false;
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                append_utf8(out, char32_t(code));
                break;
            }
            default: return false;
        }
    }
}

// The number that begins at `p` (a '-' or a digit); `p` ends past it. False when it is no JSON
// number, or one too large for a double (nlohmann refuses those). Integers are converted, other
// numbers only checked: their size is told from their exponent, and only one near the largest
// double is converted to tell.
template <class Handler>
bool read_number(const char*& p, const char* end, Handler& handler) {
    const char* begin = p;
    if (p < end && *p == '-') ++p;
    if (p >= end || !is_digit(*p)) return false;
    const bool zero = *p == '0';
    const char* digits = p;
    if (zero) ++p;
    else while (p < end && is_digit(*p)) ++p;
    const long integer_digits = long(p - digits);
    bool integer = true;
    if (p < end && *p == '.') {
        ++p, integer = false;
        if (p >= end || !is_digit(*p)) return false;
        while (p < end && is_digit(*p)) ++p;
    }
    long exponent = 0;
    if (p < end && (*p == 'e' || *p == 'E')) {
        ++p, integer = false;
        const bool negative = p < end && *p == '-';
        if (p < end && (*p == '+' || *p == '-')) ++p;
        if (p >= end || !is_digit(*p)) return false;
        for (; p < end && is_digit(*p); ++p) exponent = std::min(exponent * 10 + (*p - '0'), 1000000L);
        if (negative) exponent = -exponent;
    }
    if (integer && *begin == '-') {
        int64_t v = 0;
        if (std::from_chars(begin, p, v).ec == std::errc()) return handler.on_integer(v), true;
    } else if (integer) {
        uint64_t v = 0;
        if (std::from_chars(begin, p, v).ec == std::errc()) return handler.on_unsigned(v), true;
    }
    // Read as a double, as nlohmann does with an integer beyond 64 bits too. Its leading digit is
    // at most 10^(integer_digits - 1 + exponent); below 10^308 it is surely finite.
    if ((zero ? -1 : integer_digits - 1) + exponent >= 308) {
        const std::string token(begin, p);
        if (!std::isfinite(std::strtod(token.c_str(), nullptr))) return false;
    }
    handler.on_real();
    return true;
}

}  // namespace json_scan_detail

// True when `text` is one valid JSON value, with only white space around it.
template <class Handler>
bool scan_json(std::string_view text, Handler& handler) {
    using namespace json_scan_detail;
    const char* p = text.data();
    const char* const end = p + text.size();
    if (text.substr(0, 3) == "\xEF\xBB\xBF") p += 3;
    std::vector<bool> in_object;  // the open containers, innermost last
    std::string string;
    auto skip_space = [&] {
        while (p < end && is_space(*p)) ++p;
    };
    auto literal = [&](std::string_view word) {
        if (size_t(end - p) < word.size() || std::string_view(p, word.size()) != word) return false;
        p += word.size();
        return true;
    };
    for (;;) {
        // A value.
        skip_space();
        if (p >= end) return false;
        bool opened = false;
        switch (*p) {
            case '{':
            case '[': {
                const bool object = *p++ == '{';
                object ? handler.on_start_object() : handler.on_start_array();
                skip_space();
                if (p < end && *p == (object ? '}' : ']')) {
                    ++p, object ? handler.on_end_object() : handler.on_end_array();
                    break;
                }
                in_object.push_back(object), opened = true;
                break;
            }
            case '"':
                ++p;
                if (!read_string(p, end, string)) return false;
                handler.on_string(string);
                break;
            case 't':
                if (!literal("true")) return false;
                handler.on_boolean(true);
                break;
            case 'f':
                if (!literal("false")) return false;
                handler.on_boolean(false);
                break;
            case 'n':
                if (!literal("null")) return false;
                handler.on_null();
                break;
            default:
                if (!read_number(p, end, handler)) return false;
        }
        // An object's member begins with its key; after a value, the container goes on or closes.
        if (!opened) {
            for (;;) {
                skip_space();
                // nlohmann takes a NUL byte for the end of the text, and so does this.
                if (in_object.empty()) return p == end || *p == '\0';
                if (p >= end) return false;
                const bool object = in_object.back();
                if (*p == ',') {
                    ++p;
                    break;
                }
                if (*p != (object ? '}' : ']')) return false;
                ++p, in_object.pop_back();
                object ? handler.on_end_object() : handler.on_end_array();
            }
        }
        if (!in_object.empty() && in_object.back()) {
            skip_space();
            if (p >= end || *p != '"') return false;
            ++p;
            if (!read_string(p, end, string)) return false;
            handler.on_key(string);
            skip_space();
            if (p >= end || *p != ':') return false;
            ++p;
        }
    }
}

}  // namespace corridor
