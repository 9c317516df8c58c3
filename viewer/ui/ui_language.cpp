#include "viewer/ui/ui_language.h"

#include "core/cartography/water.h"

#include <cstdarg>
#include <cstdio>

namespace corridor {

namespace {
const Translator* current = nullptr;  // UI thread only
}

void set_ui_translator(const Translator* translator) { current = translator; }

const char* tr(const char* key) {
    if (current) return current->tr(key);
    static thread_local std::string missing;
    missing = "[" + std::string(key) + "]";
    return missing.c_str();
}

std::string tr_format(const char* key, ...) {
    char buf[512];
    va_list args;
    va_start(args, key);
    std::vsnprintf(buf, sizeof buf, tr(key), args);
    va_end(args);
    return buf;
}

const std::string& ui_language() {
    static const std::string english = "en";
    return current ? current->language() : english;
}

std::string initial_language(const std::string& option) {
    if (option == "fr" || option == "en") return option;
    return system_language();
}

std::string country_name(const std::string& iso_numeric, const std::string& fallback) {
    const char* text = current && !iso_numeric.empty() ? current->find(("country." + iso_numeric).c_str()) : nullptr;
    return text ? text : fallback;
}

std::string display_name(const Layer& layer, const Feature& f) {
    // A bare geometry has neither name nor properties, and its id is only its position: call
    // it by its type ("Polygon", "Polygone").
    const auto type = f.mercator ? wkbFlatten(f.mercator->getGeometryType()) : wkbUnknown;
    if (f.name.empty() && f.field_values.empty() && layer.level == AdminLevel::None && type >= wkbPoint &&
        type <= wkbGeometryCollection)
        return tr((std::string("geometry.") + geojson_type_name(*f.mercator)).c_str());
    const std::string& name = f.name.empty() ? f.id : f.name;
    if (layer.level == AdminLevel::Country && layer.role == "context") return country_name(f.id, name);
    if (is_water_layer(layer)) return water_name(f, ui_language());
    return name;
}

const std::string& layer_attribution(const Layer& l) {
    if (ui_language() == "fr" && !l.attribution_fr.empty()) return l.attribution_fr;
    return l.attribution;
}

const std::string& layer_title(const Layer& l) {
    if (ui_language() == "fr" && !l.title_fr.empty()) return l.title_fr;
    return l.title.empty() ? l.id : l.title;
}

}  // namespace corridor
