#pragma once
// The interface language. Every word on screen comes from assets/i18n/{fr,en}.json through the
// app's one Translator; panels are plain functions, so they reach it through tr(key) here
// instead of each taking the translator as an argument.
#include <string>

#include "core/normalise/feature.h"
#include "core/programme/i18n.h"

namespace corridor {

// The App sets its translator once at start (and may clear it on exit); tr() reads it.
void set_ui_translator(const Translator* translator);

// The text of `key` in the interface language; "[key]" when missing or before a translator is set.
const char* tr(const char* key);
// tr(key) used as a printf format: tr_format("problems.count", errors, warnings).
std::string tr_format(const char* key, ...);

// "fr" or "en".
const std::string& ui_language();
// The start language: `option` ("fr"/"en" from --lang or a script) or else the system locale.
std::string initial_language(const std::string& option);

// The layer's title in the interface language (the id when it has none).
const std::string& layer_title(const Layer& layer);

// The layer's attribution line in the interface language (the English line when it has no French one).
const std::string& layer_attribution(const Layer& layer);

// A feature's name as the map shows it: the source's name (or id), except countries of the
// context layer (Natural Earth names them in English), which assets/i18n names in the interface
// language under "country.<ISO 3166-1 numeric id>".
std::string display_name(const Layer& layer, const Feature& feature);
// The same for a country by its ISO 3166-1 numeric id; `fallback` when the files do not name it.
std::string country_name(const std::string& iso_numeric, const std::string& fallback);

}  // namespace corridor
