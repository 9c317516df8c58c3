#include "core/feature.h"

namespace corridor {

const char* to_string(AdminLevel level) {
    switch (level) {
        case AdminLevel::Country: return "country";
        case AdminLevel::Region: return "region";
        case AdminLevel::Cercle: return "cercle";
        case AdminLevel::Commune: return "commune";
        case AdminLevel::None: break;
    }
    return "feature";
}

const std::string* Feature::attribute(const std::string& field) const {
    for (const auto& [key, value] : attributes)
        if (key == field) return &value;
    return nullptr;
}

const Feature* Layer::find(const std::string& wanted) const {
    for (const Feature& f : features)
        if (f.id == wanted) return &f;
    return nullptr;
}

}  // namespace corridor
