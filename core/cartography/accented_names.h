#pragma once
// Restores accents on admin names that a source wrote in plain ASCII, where the same data
// gives the accented form: COD-AB Mali v02 has the cercle "Kolondieba" but its seat commune
// "Kolondiéba" (data README, caveat "Names"). Rule: a cercle/province or region name written
// in ASCII takes the spelling of a commune inside it whose name folds to the same text and
// carries accents. Nothing is guessed: without such a commune the name stays as written.
#include <string>
#include <unordered_map>

#include "core/read/geodata_catalog.h"

namespace corridor {

class AccentedNames {
public:
    AccentedNames() = default;
    explicit AccentedNames(const Geodata& data);  // learns from the commune layers

    // The accented spelling of `name` if one is known, else `name` itself.
    const std::string& spelling(const std::string& name) const;

private:
    std::unordered_map<std::string, std::string> accented_;  // ASCII name as written -> accented
};

}  // namespace corridor
