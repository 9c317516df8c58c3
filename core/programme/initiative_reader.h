#pragma once
// Reads and checks geodata/initiatives.json (schema in docs/data-format.md). A bad entry is
// skipped with an error naming the file, the JSON pointer and line, and what is wrong; the
// other entries still load. Never throws on bad input.
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/programme/initiative_model.h"

namespace corridor {

std::vector<Initiative> load_initiatives(const std::filesystem::path& path, const KnownPcode& known_pcode,
                                         Diagnostics& diag);
// The same from text already in memory; `file` names it in messages.
std::vector<Initiative> parse_initiatives(const std::string& text, const std::string& file,
                                          const KnownPcode& known_pcode, Diagnostics& diag);

// True when `iso` is a real calendar date written at `precision`: "2013", "2013-06", "2013-01-09".
bool valid_iso_date(const std::string& iso, DatePrecision precision);

}  // namespace corridor
