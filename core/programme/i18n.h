#pragma once
// The user interface's words in French and English, read from assets/i18n/{fr,en}.json
// (flat objects: key -> UTF-8 string, printf-style placeholders where a value is inserted).
#include <filesystem>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/base/diagnostics.h"

namespace corridor {

class Translator {
public:
    // Reads fr.json and en.json from `dir`. A missing or broken file is reported (file, line,
    // problem) and leaves that language empty; returns true when both loaded cleanly.
    bool load(const std::filesystem::path& dir, Diagnostics& diagnostics);

    // "fr" or "en"; any other code is refused (returns false) and the language stays as it was.
    bool set_language(const std::string& lang);
    const std::string& language() const { return language_; }

    // The text for `key` in the current language. A missing key comes back as "[key]" so that
    // it shows on screen instead of an empty label. The pointer stays valid until load().
    const char* tr(const char* key) const;
    // The text for `key` in the current language, or nullptr when it has none.
    const char* find(const char* key) const;

    // Keys of one language, sorted; empty for an unknown language.
    std::vector<std::string> keys(const std::string& lang) const;

    static const std::vector<std::string>& languages();  // {"fr", "en"}

private:
    std::map<std::string, std::unordered_map<std::string, std::string>> strings_;  // lang -> key -> text
    std::string language_ = "en";
    // Bracketed stand-ins for missing keys; mutable so tr() can stay const (UI thread only).
    mutable std::unordered_map<std::string, std::string> missing_;
};

// Reads one translation file (flat object of strings) into `out`; problems go to diagnostics.
bool load_translation_file(const std::filesystem::path& file,
                           std::unordered_map<std::string, std::string>& out, Diagnostics& diagnostics);
// The same from text already in memory; `name` names it in messages.
bool parse_translation_text(const std::string& text, const std::string& name,
                            std::unordered_map<std::string, std::string>& out, Diagnostics& diagnostics);

// "fr" when the user's locale is French (LC_ALL, then LC_MESSAGES, then LANG: fr, fr_FR.UTF-8,
// fr_ML, fr_BF@...), otherwise "en".
std::string system_language();

}  // namespace corridor
