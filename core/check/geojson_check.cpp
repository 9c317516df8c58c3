#include "core/check/geojson_check.h"

#include <algorithm>
#include <array>
#include <map>

#include <nlohmann/json.hpp>

#include "core/check/json_scan.h"

namespace corridor {
namespace {

enum class Kind { None, Object, Array, String, Number, Boolean, Null };

const char* kind_name(Kind kind) {
    switch (kind) {
        case Kind::Object: return "an object";
        case Kind::Array: return "an array";
        case Kind::String: return "a string";
        case Kind::Number: return "a number";
        case Kind::Boolean: return "a boolean";
        case Kind::Null: return "null";
        case Kind::None: break;
    }
    return "missing";
}

// The members of the top-level object that decide whether it is GeoJSON.
constexpr std::array<std::string_view, 5> kTopMembers = {"type", "features", "geometry", "coordinates", "geometries"};

// SAX handler: validates the whole text without building a DOM (the files reach 10 MB) and
// remembers what the top level is and the kind of value of its deciding members.
// Depths of a FeatureCollection's parts: the root object's members are at 1, the features
// array's elements at 2, a feature's members at 3, its properties at 4.
constexpr int kFeatureDepth = 2, kFeatureMemberDepth = 3, kPropertyDepth = 4;

struct TopLevelScanner : nlohmann::json_sax<nlohmann::json> {
    int depth = 0;
    Kind top = Kind::None;
    std::string pending;  // a deciding top-level member whose value comes next
    std::map<std::string, Kind, std::less<>> members;
    std::string type;
    std::string error;
    // The features' properties (GeoJsonCheck::property_kinds).
    bool in_features = false, properties_next = false, in_properties = false;
    size_t feature_count = 0;
    size_t schema_features = 0;  // GeoJsonCheck::schema_features
    bool feature_ids = false;
    std::vector<std::pair<std::string, uint8_t>> property_kinds;
    std::map<std::string, size_t, std::less<>> property_slot;  // where each is in property_kinds
    size_t next_slot = 0;      // the slot the feature's next property most likely has (same order)
    uint8_t* kinds = nullptr;  // of the property whose value comes next

    bool value(Kind kind) {
        if (depth == kFeatureMemberDepth) properties_next = false;  // "properties": null, or its object begun
        if (depth == 0 && top == Kind::None) top = kind;
        if (depth == 1 && !pending.empty()) members[pending] = kind;
        pending.clear();
        return true;
    }
    // A property's value: its kind is noted (null is no kind: any field type holds it).
    void property_value(uint8_t kind) {
        if (in_properties && depth == kPropertyDepth && kinds && (*kinds | kind) != *kinds) {
            *kinds |= kind;
            schema_features = feature_count;
        }
        kinds = nullptr;
    }
    // The events of a JSON text, from scan_json, or from nlohmann through the overrides below.
    void on_null() { property_value(0), value(Kind::Null); }
    void on_boolean(bool) { property_value(kPropertyBool), value(Kind::Boolean); }
    void on_integer(int64_t v) {
        property_value(v >= INT32_MIN && v <= INT32_MAX ? kPropertyInt32 : kPropertyInt64);
        value(Kind::Number);
    }
    void on_unsigned(uint64_t v) {
        property_value(v <= INT32_MAX ? kPropertyInt32 : v <= uint64_t(INT64_MAX) ? kPropertyInt64 : kPropertyNested);
        value(Kind::Number);
    }
    void on_real() { property_value(kPropertyReal), value(Kind::Number); }
    void on_string(std::string& s) {
        if (depth == 1 && pending == "type") type = s;
        property_value(kPropertyString);
        value(Kind::String);
    }
    void on_start_object() {
        property_value(kPropertyNested);
        if (in_features && depth == kFeatureDepth) ++feature_count, next_slot = 0;
        if (properties_next && depth == kFeatureMemberDepth) in_properties = true;
        properties_next = false;
        value(Kind::Object);
        ++depth;
    }
    void on_end_object() {
        --depth;
        if (depth == kFeatureMemberDepth) in_properties = false;
    }
    void on_start_array() {
        property_value(kPropertyNested);
        if (depth == 1 && pending == "features" && top == Kind::Object) in_features = true;
        properties_next = false;
        value(Kind::Array);
        ++depth;
    }
    void on_end_array() {
        --depth;
        if (depth == 1) in_features = false;
    }
    void on_key(std::string& k) {
        pending.clear();
        if (depth == 1 && std::find(kTopMembers.begin(), kTopMembers.end(), k) != kTopMembers.end()) pending = k;
        if (in_features && depth == kFeatureMemberDepth) {
            properties_next = k == "properties";
            feature_ids = feature_ids || k == "id";
        }
        if (in_properties && depth == kPropertyDepth) kinds = &property_kinds[property(k)].second;
    }

    bool null() override { return on_null(), true; }
    bool boolean(bool b) override { return on_boolean(b), true; }
    bool number_integer(number_integer_t v) override { return on_integer(v), true; }
    bool number_unsigned(number_unsigned_t v) override { return on_unsigned(v), true; }
    bool number_float(number_float_t, const string_t&) override { return on_real(), true; }
    bool string(string_t& s) override { return on_string(s), true; }
    bool binary(binary_t&) override { return property_value(kPropertyNested), value(Kind::String); }
    bool start_object(std::size_t) override { return on_start_object(), true; }
    bool end_object() override { return on_end_object(), true; }
    bool start_array(std::size_t) override { return on_start_array(), true; }
    bool end_array() override { return on_end_array(), true; }
    bool key(string_t& k) override { return on_key(k), true; }
    // The slot of property `name`: features list their properties in the same order, so the
    // next slot is tried first and the lookup is rarely needed.
    size_t property(const std::string& name) {
        size_t slot = next_slot;
        if (slot >= property_kinds.size() || property_kinds[slot].first != name) {
            auto it = property_slot.find(name);
            if (it == property_slot.end()) {
                it = property_slot.emplace(name, property_kinds.size()).first;
                property_kinds.emplace_back(name, 0);
                schema_features = feature_count;
            }
            slot = it->second;
        }
        next_slot = slot + 1;
        return slot;
    }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
        error = e.what();
        return false;
    }

    Kind member(std::string_view name) const {
        auto it = members.find(name);
        return it == members.end() ? Kind::None : it->second;
    }
};

// nlohmann says "[json.exception.parse_error.101] parse error at line 3, column 5: syntax error
// while parsing value - unexpected end of input; ..."; keep the part a person needs: "line 3,
// column 5: unexpected end of input; ...".
std::string readable_parse_error(std::string detail, std::string_view text) {
    if (auto at = detail.find("at line "); at != std::string::npos) detail = detail.substr(at + 3);
    for (std::string_view noise : {"syntax error while parsing value - ", "syntax error while parsing object - ",
                                   "syntax error while parsing object key - ", "syntax error while parsing array - "})
        if (auto p = detail.find(noise); p != std::string::npos) detail.erase(p, noise.size());
    if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) detail = "the file is empty";
    return detail;
}

// What keeps a valid JSON text from being GeoJSON; sets `where` to the member at fault.
std::string why_not_geojson(const TopLevelScanner& scan, std::string& where) {
    const char* expected = "a GeoJSON text is a FeatureCollection, a Feature or a geometry";
    if (scan.top != Kind::Object) return std::string("top level is ") + kind_name(scan.top) + ", not a GeoJSON object (" + expected + ")";
    where = "/type";
    const Kind type = scan.member("type");
    if (type == Kind::None) return std::string("top level has no \"type\" member, so it is not GeoJSON (") + expected + ")";
    if (type != Kind::String) return std::string("\"type\" is ") + kind_name(type) + ", expected a string such as \"FeatureCollection\"";
    if (!is_geojson_top_level_type(scan.type))
        return "\"" + scan.type + "\" is not a GeoJSON type (expected FeatureCollection, Feature, Point, MultiPoint, "
               "LineString, MultiLineString, Polygon, MultiPolygon or GeometryCollection)";
    // What each type cannot do without (RFC 7946 3.1, 3.2, 3.3). A Feature's null geometry is
    // allowed; a missing one GDAL reads as null, so it passes too.
    auto needs_array = [&](const char* member) -> std::string {
        where = std::string("/") + member;
        Kind k = scan.member(member);
        if (k == Kind::Array) return "";
        return "a " + scan.type + " needs a \"" + member + "\" array" + (k == Kind::None ? "" : std::string(", found ") + kind_name(k));
    };
    if (scan.type == "FeatureCollection") return needs_array("features");
    if (scan.type == "GeometryCollection") return needs_array("geometries");
    if (scan.type == "Feature") {
        where = "/geometry";
        Kind g = scan.member("geometry");
        if (g == Kind::None || g == Kind::Object || g == Kind::Null) return "";
        return std::string("a Feature's \"geometry\" must be a geometry object or null, found ") + kind_name(g);
    }
    return needs_array("coordinates");
}

}  // namespace

bool is_geojson_top_level_type(std::string_view type) {
    static constexpr std::array<std::string_view, 9> kTypes = {
        "FeatureCollection", "Feature",      "Point",        "MultiPoint",        "LineString",
        "MultiLineString",   "Polygon",      "MultiPolygon", "GeometryCollection"};
    return std::find(kTypes.begin(), kTypes.end(), type) != kTypes.end();
}

GeoJsonCheck check_geojson_text(std::string_view text) {
    GeoJsonCheck result;
    TopLevelScanner scan;
    bool ok = scan_json(text, scan);
    if (!ok) {  // nlohmann says where and what is wrong (and has the last word on validity)
        scan = TopLevelScanner();
        try {
            ok = nlohmann::json::sax_parse(text.begin(), text.end(), &scan);
        } catch (const nlohmann::json::exception& e) {
            scan.error = e.what();
        }
    }
    result.valid_json = ok && scan.error.empty();
    result.top_level_type = scan.type;
    result.feature_count = scan.feature_count;
    result.schema_features = scan.schema_features;
    result.property_kinds = std::move(scan.property_kinds);
    result.feature_ids = scan.feature_ids;
    if (!result.valid_json) {
        result.error = readable_parse_error(scan.error, text);
        return result;
    }
    result.not_geojson = why_not_geojson(scan, result.where);
    if (result.not_geojson.empty()) result.where.clear();
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
