#include "core/normalise/admin_mapping.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/base/json_text.h"

namespace corridor {
namespace {

bool has_field(const std::vector<std::string>& fields, const std::string& f) {
    return !f.empty() && std::find(fields.begin(), fields.end(), f) != fields.end();
}

}  // namespace

const AdminMapping* AdminMappings::find(const std::string& id) const {
    for (const AdminMapping& m : mappings)
        if (m.id == id) return &m;
    return nullptr;
}

const AdminMapping* AdminMappings::detect(const std::vector<std::string>& fields, AdminLevel* level) const {
    // The lowest level whose name field is present decides the layer's own level; a mapping
    // with its own feature fields (places) must have those present.
    static constexpr AdminLevel order[] = {AdminLevel::Commune, AdminLevel::Cercle, AdminLevel::Region,
                                           AdminLevel::Country};
    for (const AdminMapping& m : mappings) {
        if (!m.detectable) continue;
        if (!m.feature_name.empty()) {
            if (!has_field(fields, m.feature_name)) continue;
            if (level) *level = AdminLevel::None;
            return &m;
        }
        for (AdminLevel l : order) {
            auto it = m.levels.find(l);
            if (it != m.levels.end() && has_field(fields, it->second.name) && has_field(fields, it->second.pcode)) {
                if (level) *level = l;
                return &m;
            }
        }
    }
    return nullptr;
}

namespace {
// Reading a member with value() throws when it is there with another type: check first.
bool string_or_absent(const nlohmann::json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() || it->is_string();
}
}  // namespace

std::optional<AdminMappings> load_admin_mappings(const std::filesystem::path& path, Diagnostics& diag) {
    const std::string file = path.string();
    std::string text, error;
    if (!read_text_file(file, text, error, &diag)) {
        diag.error(file, "", error);
        return std::nullopt;
    }
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        const JsonTextError error = json_text_error(text, e);
        diag.error(file, describe_position(error.position), "not valid JSON: " + error.what);
        return std::nullopt;
    }
    if (!doc.is_object() || !doc.contains("mappings") || !doc["mappings"].is_array()) {
        diag.error(file, "/mappings", "expected an array of mappings");
        return std::nullopt;
    }
    const JsonLineMap lines(text);
    AdminMappings result;
    const auto& list = doc["mappings"];
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string where = "/mappings/" + std::to_string(i);
        const auto& m = list[i];
        if (!m.is_object() || !m.contains("id") || !m["id"].is_string()) {
            diag.error(file, json_where(lines, where + "/id"), "each mapping needs a string id");
            continue;
        }
        AdminMapping mapping;
        mapping.id = m["id"];
        if (auto detect = m.find("detect"); detect != m.end() && !detect->is_boolean()) {
            diag.error(file, json_where(lines, where + "/detect"), "expected true or false");
            continue;
        }
        mapping.detectable = m.value("detect", true);
        if (auto feature = m.find("feature"); feature != m.end()) {
            if (!feature->is_object() || !string_or_absent(*feature, "name") || !string_or_absent(*feature, "id")) {
                diag.error(file, json_where(lines, where + "/feature"), "expected {\"name\": field, \"id\": field}");
                continue;
            }
            mapping.feature_name = feature->value("name", "");
            mapping.feature_id = feature->value("id", "");
        }
        if (m.contains("levels") && m["levels"].is_object()) {
            for (const auto& [key, value] : m["levels"].items()) {
                auto level = admin_level_from_string(key);
                if (!level) {
                    diag.error(file, json_where(lines, json_pointer_append(where + "/levels", key)), "unknown level (use commune, cercle, province, region or country)");
                    continue;
                }
                if (!value.is_object() || !value.contains("name") || !value["name"].is_string() ||
                    !string_or_absent(value, "pcode")) {
                    diag.error(file, json_where(lines, json_pointer_append(where + "/levels", key)), "expected {\"name\": field, \"pcode\": field}");
                    continue;
                }
                mapping.levels[*level] = {value["name"], value.value("pcode", "")};
            }
        }
        result.mappings.push_back(std::move(mapping));
    }
    return result;
}

}  // namespace corridor
