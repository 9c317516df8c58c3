#include "core/programme/json_checks.h"

#include "core/base/json_text.h"

namespace corridor {

using nlohmann::json;

const char* json_type_name(const json& v) {
    if (v.is_number()) return "number";  // one word for integer, unsigned and float
    return v.type_name();
}

std::optional<JsonDocument> parse_json_document(const std::string& text, const std::string& file,
                                                Diagnostics& diag) {
    JsonDocument doc;
    doc.file = file;
    try {
        doc.root = json::parse(text);
    } catch (const json::exception& e) {
        const JsonTextError error = json_text_error(text, e);
        diag.error(file, describe_position(error.position), "not valid JSON: " + error.what);
        return std::nullopt;
    }
    doc.lines = JsonLineMap(text);
    return doc;
}

std::optional<JsonDocument> read_json_document(const std::filesystem::path& path, Diagnostics& diag) {
    std::string text, error;
    if (!read_text_file(path.string(), text, error, &diag)) {
        diag.error(path.string(), "", error);
        return std::nullopt;
    }
    return parse_json_document(text, path.string(), diag);
}

const json* entry_array(const JsonDocument& doc, const char* key, Diagnostics& diag) {
    std::string pointer = json_pointer_append("", key);
    if (!doc.root.is_object()) {
        diag.error(doc.file, json_where(doc.lines, ""),
                   std::string("expected an object with an array \"") + key + "\", found " +
                       json_type_name(doc.root));
        return nullptr;
    }
    auto it = doc.root.find(key);
    if (it == doc.root.end() || !it->is_array()) {
        diag.error(doc.file, json_where(doc.lines, pointer),
                   it == doc.root.end() ? std::string("missing array \"") + key + "\""
                                        : std::string("expected an array, found ") + json_type_name(*it));
        return nullptr;
    }
    return &*it;
}

void JsonChecker::error(const std::string& pointer, const std::string& message) {
    failed_ = true;
    diag_.error(doc_.file, json_where(doc_.lines, pointer), message);
}

void JsonChecker::warning(const std::string& pointer, const std::string& message) {
    diag_.warning(doc_.file, json_where(doc_.lines, pointer), message);
}

void JsonChecker::check_members(const json& obj, const std::string& pointer,
                                std::initializer_list<const char*> allowed, bool unknown_is_error) {
    for (const auto& [key, value] : obj.items()) {
        bool known = false;
        for (const char* a : allowed) known = known || key == a;
        if (known) continue;
        if (unknown_is_error) error(json_pointer_append(pointer, key), "unknown member \"" + key + "\"");
        else warning(json_pointer_append(pointer, key), "unknown member \"" + key + "\" ignored");
    }
}

bool JsonChecker::read_object(const json& v, const std::string& pointer, std::initializer_list<const char*> allowed,
                              bool unknown_is_error) {
    if (!is_object(v, pointer)) return false;
    check_members(v, pointer, allowed, unknown_is_error);
    return true;
}

bool JsonChecker::is_array(const json& v, const std::string& pointer) {
    if (v.is_array()) return true;
    error(pointer, std::string("expected an array, found ") + json_type_name(v));
    return false;
}

std::optional<std::string> JsonChecker::string_value(const json& v, const std::string& pointer) {
    if (!v.is_string()) {
        error(pointer, std::string("expected a string, found ") + json_type_name(v));
        return std::nullopt;
    }
    if (v.get_ref<const std::string&>().empty()) {
        error(pointer, "empty string");
        return std::nullopt;
    }
    return v.get<std::string>();
}

std::optional<double> JsonChecker::number_value(const json& v, const std::string& pointer) {
    if (!v.is_number()) {
        error(pointer, std::string("expected a number, found ") + json_type_name(v));
        return std::nullopt;
    }
    return v.get<double>();
}

std::optional<std::string> JsonChecker::string_member(const json& obj, const std::string& pointer, const char* key) {
    const json* v = member(obj, pointer, key, true);
    return v ? string_value(*v, json_pointer_append(pointer, key)) : std::nullopt;
}

bool JsonChecker::read_number(const json& obj, const std::string& pointer, const char* key, double& out,
                              bool required) {
    const json* v = member(obj, pointer, key, required);
    if (!v) return !required;
    auto n = number_value(*v, json_pointer_append(pointer, key));
    if (n) out = *n;
    return n.has_value();
}

const json* JsonChecker::member(const json& obj, const std::string& pointer, const char* key, bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
        if (required) error(json_pointer_append(pointer, key), std::string("missing required member \"") + key + "\"");
        return nullptr;
    }
    return &*it;
}

bool JsonChecker::is_object(const json& v, const std::string& pointer) {
    if (v.is_object()) return true;
    error(pointer, std::string("expected an object, found ") + json_type_name(v));
    return false;
}

bool JsonChecker::read_string(const json& obj, const std::string& pointer, const char* key, std::string& out,
                              bool required) {
    const json* v = member(obj, pointer, key, required);
    if (!v) return !required;
    std::string p = json_pointer_append(pointer, key);
    if (!v->is_string()) {
        error(p, std::string("expected a string, found ") + json_type_name(*v));
        return false;
    }
    out = v->get<std::string>();
    if (required && out.empty()) {
        error(p, "empty string");
        return false;
    }
    return true;
}

bool JsonChecker::read_bool(const json& obj, const std::string& pointer, const char* key, bool& out,
                            bool required) {
    const json* v = member(obj, pointer, key, required);
    if (!v) return !required;
    if (!v->is_boolean()) {
        error(json_pointer_append(pointer, key), std::string("expected true or false, found ") + json_type_name(*v));
        return false;
    }
    out = v->get<bool>();
    return true;
}

bool JsonChecker::read_text(const json& obj, const std::string& pointer, const char* key, LocalizedText& out,
                            bool required) {
    const json* v = member(obj, pointer, key, required);
    if (!v) return !required;
    return read_text_value(*v, json_pointer_append(pointer, key), out);
}

bool JsonChecker::read_text_value(const json& v, const std::string& p, LocalizedText& out) {
    if (!is_object(v, p)) return false;
    check_members(v, p, {"fr", "en"});
    bool ok = true;
    for (const char* lang : {"fr", "en"}) {
        std::string& text = lang[0] == 'f' ? out.fr : out.en;
        std::string lp = json_pointer_append(p, lang);
        auto it = v.find(lang);
        if (it == v.end()) {
            error(lp, std::string("missing ") + (lang[0] == 'f' ? "French" : "English") + " text (\"" + lang + "\")");
            ok = false;
        } else if (!it->is_string()) {
            error(lp, std::string("expected a string, found ") + json_type_name(*it));
            ok = false;
        } else if (it->get_ref<const std::string&>().empty()) {
            error(lp, std::string("empty ") + (lang[0] == 'f' ? "French" : "English") + " text");
            ok = false;
        } else {
            text = it->get<std::string>();
        }
    }
    return ok;
}

bool JsonChecker::read_text_list(const json& obj, const std::string& pointer, const char* key,
                                 std::vector<LocalizedText>& out, bool required) {
    const json* v = member(obj, pointer, key, required);
    if (!v) return !required;
    std::string p = json_pointer_append(pointer, key);
    if (!v->is_array()) {
        error(p, std::string("expected an array of {\"fr\", \"en\"} texts, found ") + json_type_name(*v));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < v->size(); ++i) {
        LocalizedText text;
        if (read_text_value((*v)[i], json_pointer_append(p, i), text)) out.push_back(std::move(text));
        else ok = false;
    }
    return ok;
}

bool JsonChecker::read_string_list(const json& obj, const std::string& pointer, const char* key,
                                   std::vector<std::string>& out, bool required) {
    const json* v = member(obj, pointer, key, required);
    if (!v) return !required;
    std::string p = json_pointer_append(pointer, key);
    if (!v->is_array()) {
        error(p, std::string("expected an array of strings, found ") + json_type_name(*v));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < v->size(); ++i) {
        const json& item = (*v)[i];
        if (!item.is_string() || item.get_ref<const std::string&>().empty()) {
            error(json_pointer_append(p, i),
                  item.is_string() ? "empty string" : std::string("expected a string, found ") + json_type_name(item));
            ok = false;
        } else {
            out.push_back(item.get<std::string>());
        }
    }
    return ok;
}

bool JsonChecker::read_lon_lat(const json& obj, const std::string& pointer, LonLat& out) {
    bool ok = true;
    for (const char* key : {"lon", "lat"}) {
        const json* v = member(obj, pointer, key, true);
        if (!v) {
            ok = false;
            continue;
        }
        std::string p = json_pointer_append(pointer, key);
        double limit = key[1] == 'o' ? 180 : 90;
        if (!v->is_number()) {
            error(p, std::string("expected a number, found ") + json_type_name(*v));
            ok = false;
        } else if (double d = v->get<double>(); d < -limit || d > limit) {
            error(p, std::string(key) + " " + std::to_string(d) + " is outside [-" + std::to_string(int(limit)) +
                         ", " + std::to_string(int(limit)) + "]");
            ok = false;
        } else {
            (key[1] == 'o' ? out.lon : out.lat) = d;
        }
    }
    return ok;
}

bool JsonChecker::read_sources(const json& obj, const std::string& pointer, std::vector<Source>& out) {
    const json* v = member(obj, pointer, "sources", true);
    if (!v) return false;
    std::string p = json_pointer_append(pointer, "sources");
    if (!v->is_array() || v->empty()) {
        error(p, v->is_array() ? "at least one source is required"
                               : std::string("expected an array of sources, found ") + json_type_name(*v));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < v->size(); ++i) {
        std::string sp = json_pointer_append(p, i);
        if (!is_object((*v)[i], sp)) {
            ok = false;
            continue;
        }
        const json& s = (*v)[i];
        check_members(s, sp, {"title", "publisher", "note", "url"});
        Source src;
        ok = read_string(s, sp, "title", src.title, true) && ok;
        ok = read_string(s, sp, "publisher", src.publisher, false) && ok;
        ok = read_text(s, sp, "note", src.note, false) && ok;  // shown to the user: both languages
        bool url_ok = read_string(s, sp, "url", src.url, false);
        if (url_ok && !src.url.empty() && !src.url.starts_with("https://") && !src.url.starts_with("http://")) {
            error(json_pointer_append(sp, "url"), "url must start with https:// or http://");
            url_ok = false;
        }
        ok = ok && url_ok;
        out.push_back(std::move(src));
    }
    return ok;
}

}  // namespace corridor
