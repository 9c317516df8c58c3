#pragma once
// The real layers of ../shared/geodata, loaded once per test executable through load_geodata,
// and their commune layers (Mali and Burkina Faso).
#include <set>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "fixtures.h"

namespace corridor::test {

inline const Geodata& real_geodata() {
    static const Geodata data = load_geodata(real_data_dir());
    return data;
}

inline std::vector<const Layer*> real_commune_layer_ptrs() { return real_geodata().admin_layers(AdminLevel::Commune); }

inline const std::set<std::string>& real_commune_pcodes() {
    static const std::set<std::string> pcodes = [] {
        std::set<std::string> s;
        for (const Layer* layer : real_commune_layer_ptrs())
            for (const auto& f : layer->features) s.insert(f.id);
        return s;
    }();
    return pcodes;
}

}  // namespace corridor::test
