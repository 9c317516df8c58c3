#include "core/cartography/water.h"

#include <cstdlib>

namespace corridor {

bool is_water_layer(const Layer& layer) { return layer.role == "context" && layer.level == AdminLevel::None; }

std::string water_name(const Feature& f, const std::string& language) {
    const std::optional<std::string_view> n = f.attribute(language == "fr" ? "name_fr" : "name_en");
    if (n && !n->empty()) return std::string(*n);
    return f.name.empty() ? f.id : f.name;
}

int water_scalerank(const Feature& f) {
    const std::optional<std::string_view> s = f.attribute("scalerank");
    if (!s || s->empty()) return 10;
    const std::string text(*s);
    char* end = nullptr;
    const long v = std::strtol(text.c_str(), &end, 10);
    return end && *end == '\0' ? int(v) : 10;
}

std::string water_class(const Feature& f) {
    const std::optional<std::string_view> c = f.attribute("featurecla");
    return c ? std::string(*c) : std::string();
}

}  // namespace corridor
