#include "core/check/geojson_check.h"

#include <algorithm>

#include <nlohmann/json.hpp>


namespace corridor {
namespace {

// SAX handler: validates the whole text without building a DOM (the files reach 10 MB) and
// remembers the value of the top-level "type" key.
struct TopLevelTypeFinder : nlohmann::json_sax<nlohmann::json> {
    int depth = 0;
    bool next_is_top_type = false;
    std::string type;
    std::string error;

    bool value() {
        next_is_top_type = false;
        return true;
    }
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t& s) override {
        if (next_is_top_type) type = s;
        return value();
    }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override {
        next_is_top_type = false;
        ++depth;
        return true;
    }
    bool end_object() override {
        --depth;
        return true;
    }
    bool start_array(std::size_t) override {
        next_is_top_type = false;
        ++depth;
        return true;
    }
    bool end_array() override {
        --depth;
        return true;
    }
    bool key(string_t& k) override {
        next_is_top_type = depth == 1 && k == "type";
        return true;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        error = e.what();
        return false;
    }
};

}  // namespace

GeoJsonCheck check_geojson_text(const std::string& text) {
    GeoJsonCheck result;
    TopLevelTypeFinder finder;
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(text, &finder);
    } catch (const nlohmann::json::exception& e) {
        finder.error = e.what();
    }
    result.valid_json = ok && finder.error.empty();
    result.top_level_type = finder.type;
    if (!result.valid_json) {
        // nlohmann says "[json.exception.parse_error.101] parse error at line 3, column 5:
        // syntax error while parsing value - unexpected end of input; ..."; keep the part a
        // person needs: "line 3, column 5: unexpected end of input; ...".
        std::string detail = finder.error;
        if (auto at = detail.find("at line "); at != std::string::npos) detail = detail.substr(at + 3);
        for (const char* noise : {"syntax error while parsing value - ", "syntax error while parsing object - ",
                                  "syntax error while parsing object key - ", "syntax error while parsing array - "})
            if (auto p = detail.find(noise); p != std::string::npos) detail.erase(p, std::string(noise).size());
        if (text.find_first_not_of(" \t\r\n") == std::string::npos) detail = "the file is empty";
        result.error = detail;
    }
    return result;
}

bool looks_like_geojson_path(const std::string& path) {
    auto dot = path.rfind('.');
    if (dot == std::string::npos) return false;
    std::string ext = path.substr(dot + 1);
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == "geojson" || ext == "json";
}

}  // namespace corridor
