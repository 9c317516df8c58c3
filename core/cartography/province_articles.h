#pragma once
// French names Burkina Faso's provinces with an article: « province du Houet », « de la Comoé »,
// « de l’Oubritenga », « des Balé ». The article of each province is read from
// geodata/bfa_province_articles.json, which names the source of every row; none is guessed.
#include <filesystem>
#include <string>
#include <unordered_map>

#include "core/base/diagnostics.h"

namespace corridor {

class ProvinceArticles {
public:
    // Reads the table; a missing or broken file is reported (file, JSON path, problem) and
    // leaves the table empty.
    bool load(const std::filesystem::path& file, Diagnostics& diag);

    // « province du Houet » for "Houet" (accents and case ignored in the lookup); a province the
    // table does not give an article for comes back as « province Kourittenga ».
    std::string phrase(const std::string& province) const;
    size_t size() const { return phrases_.size(); }

private:
    std::unordered_map<std::string, std::string> phrases_;  // folded name -> phrase
};

// The project's table (geodata/bfa_province_articles.json), read once on first use. Problems
// reading it go to stderr once; phrases then fall back to « province <name> ».
const ProvinceArticles& province_articles();

}  // namespace corridor
