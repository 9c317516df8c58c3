#pragma once
// The interface language. The viewer has two (French and English) and few strings per panel,
// so each call site carries both: tr("Layers", "Couches"). No catalogue to fall out of date.
#include <string>

#include "core/feature.h"

namespace corridor {

enum class Language { English, French };

void set_language(Language lang);
Language language();
const char* language_code();  // "en" or "fr"
// --lang value, or the system locale (LANG / LC_ALL / LC_MESSAGES starting with "fr").
Language language_from(const std::string& option);

// The layer's title in the interface language (the id when it has none).
const std::string& layer_title(const Layer& layer);

inline const char* tr(const char* en, const char* fr) { return language() == Language::French ? fr : en; }

}  // namespace corridor
