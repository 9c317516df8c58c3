#pragma once
// The program's version and those of every library it is built on, for `--version` and
// Help ▸ About.
#include <string>
#include <vector>

#include "core/base/program_version.h"

namespace corridor {

// GDAL, GEOS, PROJ (as loaded at run time), then SFML and Dear ImGui.
std::vector<LibraryVersion> library_versions();

// What `--version` prints: "corridor-viewer VERSION" on the first line (help2man reads it
// there), then one "NAME VERSION" line per library.
std::string version_text();

}  // namespace corridor
