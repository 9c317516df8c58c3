#include "core/programme/i18n.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/base/json_text.h"

namespace corridor {

bool load_translation_file(const std::filesystem::path& file,
                           std::unordered_map<std::string, std::string>& out, Diagnostics& diagnostics) {
    const std::string name = file.string();
    std::string text, read_error;
    if (!read_text_file(name, text, read_error, &diagnostics)) {
        diagnostics.error(name, "", "translation file: " + read_error);
        return false;
    }
    return parse_translation_text(text, name, out, diagnostics);
}

bool parse_translation_text(const std::string& text, const std::string& name,
                            std::unordered_map<std::string, std::string>& out, Diagnostics& diagnostics) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        const JsonTextError error = json_text_error(text, e);
        diagnostics.error(name, describe_position(error.position), "not valid JSON: " + error.what);
        return false;
    }
    const JsonLineMap lines(text);
    if (!doc.is_object()) {
        diagnostics.error(name, json_where(lines, ""), "expected an object of key -> text");
        return false;
    }
    bool ok = true;
    for (const auto& [key, value] : doc.items()) {
        const std::string pointer = json_pointer_append("", key);
        if (!value.is_string()) {
            diagnostics.error(name, json_where(lines, pointer),
                              std::string("expected a string, found ") + value.type_name());
            ok = false;
        } else if (value.get_ref<const std::string&>().empty()) {
            diagnostics.error(name, json_where(lines, pointer), "empty text");
            ok = false;
        } else {
            out[key] = value.get<std::string>();
        }
    }
    return ok;
}

bool Translator::load(const std::filesystem::path& dir, Diagnostics& diagnostics) {
    strings_.clear();
    missing_.clear();
    bool ok = true;
    for (const std::string& lang : languages())
        ok = load_translation_file(dir / (lang + ".json"), strings_[lang], diagnostics) && ok;
    return ok;
}

bool Translator::set_language(const std::string& lang) {
    const auto& all = languages();
    if (std::find(all.begin(), all.end(), lang) == all.end()) return false;
    language_ = lang;
    return true;
}

const char* Translator::find(const char* key) const {
    auto lang = strings_.find(language_);
    if (lang == strings_.end()) return nullptr;
    auto it = lang->second.find(key);
    return it == lang->second.end() ? nullptr : it->second.c_str();
}

const char* Translator::tr(const char* key) const {
    if (const char* text = find(key)) return text;
    auto [it, inserted] = missing_.try_emplace(key);
    if (inserted) it->second = "[" + std::string(key) + "]";
    return it->second.c_str();
}

std::vector<std::string> Translator::keys(const std::string& lang) const {
    std::vector<std::string> out;
    auto it = strings_.find(lang);
    if (it == strings_.end()) return out;
    for (const auto& kv : it->second) out.push_back(kv.first);
    std::sort(out.begin(), out.end());
    return out;
}

const std::vector<std::string>& Translator::languages() {
    static const std::vector<std::string> all = {"fr", "en"};
    return all;
}

std::string system_language() {
    // POSIX order for message catalogues: the first non-empty of LC_ALL, LC_MESSAGES, LANG.
    // Reading the variables rather than setlocale(LC_MESSAGES, "") gives the same answer without
    // changing the process locale, and works even when the locale is not installed.
    const char* value = nullptr;
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) {
            value = v;
            break;
        }
    }
    if (!value) return "en";
    std::string code;  // the language part: "fr" of "fr_BF.UTF-8@euro"
    for (const char* p = value; *p && std::isalpha(static_cast<unsigned char>(*p)); ++p)
        code += static_cast<char>(std::tolower(static_cast<unsigned char>(*p)));
    return (code == "fr" || code == "fre" || code == "fra" || code == "french") ? "fr" : "en";
}

}  // namespace corridor
