#pragma once
// What the search box can find: every country, region, cercle/province and commune of the
// loaded admin layers and every populated place (places.h), each with its kind, parent text
// and where to go.
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/cartography/places.h"
#include "core/cartography/search_index.h"

namespace corridor {

std::vector<SearchEntry> build_search_entries(const Geodata& data);
// The same, reusing places already built from `data`.
std::vector<SearchEntry> build_search_entries(const Geodata& data, const std::vector<Place>& places);

// "cercle de Kadiolo", "cercle d'Ansongo", "province du Houet": a unit named in a parent text
// (provinces with the article of geodata/bfa_province_articles.json).
std::string unit_phrase(const char* unit_word, const std::string& name);

}  // namespace corridor
