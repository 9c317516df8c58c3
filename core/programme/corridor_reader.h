#pragma once
// Reads and checks geodata/corridors.json (schema in docs/data-format.md). A bad corridor is
// skipped with an error naming the file, the JSON pointer and line; the others still load.
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/programme/initiative_model.h"

namespace corridor {

std::vector<Corridor> load_corridors(const std::filesystem::path& path, const KnownPcode& known_pcode,
                                     Diagnostics& diag);
std::vector<Corridor> parse_corridors(const std::string& text, const std::string& file,
                                      const KnownPcode& known_pcode, Diagnostics& diag);

// Cross-file links: each initiative's "corridor" and each corridor's "initiatives" must name
// an entry of the other file. Broken links are warnings (both entries still show).
void check_links(const std::vector<Initiative>& initiatives, const std::string& initiatives_file,
                 const std::vector<Corridor>& corridors, const std::string& corridors_file, Diagnostics& diag);

}  // namespace corridor
