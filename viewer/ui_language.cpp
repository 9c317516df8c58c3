#include "viewer/ui_language.h"

#include <atomic>
#include <cstdlib>

namespace corridor {

namespace {
std::atomic<Language> current{Language::English};
}

void set_language(Language lang) { current = lang; }
Language language() { return current; }
const char* language_code() { return language() == Language::French ? "fr" : "en"; }

Language language_from(const std::string& option) {
    if (option == "fr") return Language::French;
    if (option == "en") return Language::English;
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const char* v = std::getenv(var);
        if (v && *v) return std::string(v).rfind("fr", 0) == 0 ? Language::French : Language::English;
    }
    return Language::English;
}

const std::string& layer_title(const Layer& l) {
    if (language() == Language::French && !l.title_fr.empty()) return l.title_fr;
    return l.title.empty() ? l.id : l.title;
}

}  // namespace corridor
