#pragma once
// The events of a JSON text written out as one string, as scan_json (core/check/json_scan.h)
// reads them and as nlohmann's SAX reader does, so that the tests and the fuzz target can hold
// the two to agreeing: the same verdict on every text, and on a valid one the same events.
// Header-only: the fuzz targets (fuzz/) include it too.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/check/json_scan.h"

namespace corridor::test {

// Strings carry their length, so that no content can pass for another event.
inline void add_text(std::string& events, char what, const std::string& text) {
    events += what + std::to_string(text.size()) + ":" + text;
}

struct ScanEvents {
    std::string events;
    void on_null() { events += 'n'; }
    void on_boolean(bool b) { events += b ? 'T' : 'F'; }
    void on_integer(int64_t v) { events += "i" + std::to_string(v) + ";"; }
    void on_unsigned(uint64_t v) { events += "u" + std::to_string(v) + ";"; }
    void on_real() { events += 'r'; }
    void on_string(std::string& s) { add_text(events, 's', s); }
    void on_key(std::string& k) { add_text(events, 'k', k); }
    void on_start_object() { events += '{'; }
    void on_end_object() { events += '}'; }
    void on_start_array() { events += '['; }
    void on_end_array() { events += ']'; }
};

struct NlohmannEvents : nlohmann::json_sax<nlohmann::json> {
    std::string events;
    bool null() override { return events += 'n', true; }
    bool boolean(bool b) override { return events += b ? 'T' : 'F', true; }
    bool number_integer(number_integer_t v) override { return events += "i" + std::to_string(v) + ";", true; }
    bool number_unsigned(number_unsigned_t v) override { return events += "u" + std::to_string(v) + ";", true; }
    bool number_float(number_float_t, const string_t&) override { return events += 'r', true; }
    bool string(string_t& s) override { return add_text(events, 's', s), true; }
    bool binary(binary_t&) override { return events += 'b', true; }
    bool start_object(std::size_t) override { return events += '{', true; }
    bool end_object() override { return events += '}', true; }
    bool start_array(std::size_t) override { return events += '[', true; }
    bool end_array() override { return events += ']', true; }
    bool key(string_t& k) override { return add_text(events, 'k', k), true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }
};

// The events of `text`, or nothing when it is not valid JSON.
inline std::optional<std::string> scan_events(std::string_view text) {
    ScanEvents scan;
    if (!scan_json(text, scan)) return std::nullopt;
    return scan.events;
}

inline std::optional<std::string> nlohmann_events(std::string_view text) {
    NlohmannEvents sax;
    try {
        if (!nlohmann::json::sax_parse(text.begin(), text.end(), &sax)) return std::nullopt;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
    return sax.events;
}

}  // namespace corridor::test
