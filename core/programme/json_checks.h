#pragma once
// Typed, checked access to the members of a JSON document: the one schema helper of the project,
// used by the initiative, corridor and tour readers and by the script parser, so every reader
// words its problems the same way. Each problem goes to Diagnostics naming the file, the JSON
// pointer and its line, and marks the entry as failed so a reader can skip it and load the others.
#include <algorithm>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/base/diagnostics.h"
#include "core/programme/initiative_model.h"
#include "core/base/json_lines.h"

namespace corridor {

// A parsed JSON file with the line of each value. nullopt (with an error naming the line and
// column) when the file cannot be read or is not JSON.
struct JsonDocument {
    std::string file;
    nlohmann::json root;
    JsonLineMap lines;
};
std::optional<JsonDocument> read_json_document(const std::filesystem::path& path, Diagnostics& diag);
std::optional<JsonDocument> parse_json_document(const std::string& text, const std::string& file,
                                                Diagnostics& diag);

// The array `root[key]` of a schema file (e.g. "initiatives"); nullptr with an error if absent.
const nlohmann::json* entry_array(const JsonDocument& doc, const char* key, Diagnostics& diag);

class JsonChecker {
public:
    JsonChecker(const JsonDocument& doc, Diagnostics& diag) : doc_(doc), diag_(diag) {}

    void error(const std::string& pointer, const std::string& message);
    void warning(const std::string& pointer, const std::string& message);
    bool failed() const { return failed_; }
    void start_entry() { failed_ = false; }

    // Warns about members not in `allowed` (usually a misspelt name); an error where the
    // format has no room for extras (scripts).
    void check_members(const nlohmann::json& obj, const std::string& pointer,
                       std::initializer_list<const char*> allowed, bool unknown_is_error = false);
    // is_object() and check_members() in one.
    bool read_object(const nlohmann::json& v, const std::string& pointer, std::initializer_list<const char*> allowed,
                     bool unknown_is_error = false);
    // The member `key` of `obj`; nullptr (and an error if `required`) when absent.
    const nlohmann::json* member(const nlohmann::json& obj, const std::string& pointer, const char* key,
                                 bool required);
    bool is_object(const nlohmann::json& v, const std::string& pointer);
    bool is_array(const nlohmann::json& v, const std::string& pointer);

    // A value itself: a non-empty string, a number.
    std::optional<std::string> string_value(const nlohmann::json& v, const std::string& pointer);
    std::optional<double> number_value(const nlohmann::json& v, const std::string& pointer);
    // A required member that is a non-empty string.
    std::optional<std::string> string_member(const nlohmann::json& obj, const std::string& pointer, const char* key);

    bool read_string(const nlohmann::json& obj, const std::string& pointer, const char* key,
                     std::string& out, bool required);
    bool read_number(const nlohmann::json& obj, const std::string& pointer, const char* key, double& out,
                     bool required);
    bool read_bool(const nlohmann::json& obj, const std::string& pointer, const char* key, bool& out,
                   bool required);
    // {"fr": "...", "en": "..."}, both non-empty.
    bool read_text(const nlohmann::json& obj, const std::string& pointer, const char* key,
                   LocalizedText& out, bool required);
    // The same for a JSON value already found at `pointer`.
    bool read_text_value(const nlohmann::json& v, const std::string& pointer, LocalizedText& out);
    // An array of such texts, e.g. partners: [{"fr": "Ville de Sikasso", "en": "City of Sikasso"}].
    bool read_text_list(const nlohmann::json& obj, const std::string& pointer, const char* key,
                        std::vector<LocalizedText>& out, bool required);
    bool read_string_list(const nlohmann::json& obj, const std::string& pointer, const char* key,
                          std::vector<std::string>& out, bool required);
    // Members "lon" and "lat" of `obj`: numbers within [-180, 180] and [-90, 90].
    bool read_lon_lat(const nlohmann::json& obj, const std::string& pointer, LonLat& out);
    // "sources": a non-empty array of {title, publisher?, note?, url?}.
    bool read_sources(const nlohmann::json& obj, const std::string& pointer, std::vector<Source>& out);

private:
    const JsonDocument& doc_;
    Diagnostics& diag_;
    bool failed_ = false;
};

const char* json_type_name(const nlohmann::json& v);  // "string", "number", "object", ...

// Reads each entry of `doc[array]` with `read_one(check, entry, pointer, out) -> bool`. An entry
// that fails, or repeats an earlier entry's id, is skipped with an error; the others load.
template <class T, class ReadOne>
std::vector<T> read_entries(const JsonDocument& doc, const char* array, Diagnostics& diag, ReadOne read_one) {
    std::vector<T> result;
    const nlohmann::json* entries = entry_array(doc, array, diag);
    if (!entries) return result;
    JsonChecker check(doc, diag);
    std::vector<std::string> ids;
    for (size_t i = 0; i < entries->size(); ++i) {
        std::string p = json_pointer_append(json_pointer_append("", array), i);
        check.start_entry();
        T item;
        if (!read_one(check, (*entries)[i], p, item)) continue;
        if (std::find(ids.begin(), ids.end(), item.id) != ids.end()) {
            check.error(json_pointer_append(p, "id"), "duplicate id \"" + item.id + "\" (entry skipped)");
            continue;
        }
        ids.push_back(item.id);
        result.push_back(std::move(item));
    }
    return result;
}

}  // namespace corridor
