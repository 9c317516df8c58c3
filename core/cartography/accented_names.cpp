#include "core/cartography/accented_names.h"

#include "core/base/text_fold.h"

namespace corridor {

AccentedNames::AccentedNames(const Geodata& data) {
    for (const Layer* layer : data.admin_layers(AdminLevel::Commune))
        for (const Feature& commune : layer->features) {
            if (is_ascii(commune.name)) continue;
            const std::string folded = fold_text(commune.name);
            for (const std::string* unit : {&commune.admin.cercle, &commune.admin.region})
                if (is_ascii(*unit) && !unit->empty() && fold_text(*unit) == folded) accented_[*unit] = commune.name;
        }
}

const std::string& AccentedNames::spelling(const std::string& name) const {
    auto it = accented_.find(name);
    return it == accented_.end() ? name : it->second;
}

}  // namespace corridor
