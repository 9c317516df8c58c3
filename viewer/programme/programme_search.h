#pragma once
// Initiatives and corridors as entries of the search box, so "marché" or "karité" finds them
// like any place: titles in both languages, where they lie, and the box to fly to.
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/cartography/search_index.h"
#include "viewer/programme/programme_data.h"

namespace corridor {

// A corridor's towns, end to end (Web Mercator): what search and a click on its line frame.
Box corridor_bounds(const Corridor& corridor);

std::vector<SearchEntry> programme_search_entries(const ProgrammeData& programme, const Geodata& data);

}  // namespace corridor
