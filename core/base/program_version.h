#pragma once
// The program's version (from `git describe` when it was configured; cmake/program_version.cmake)
// and the versions of the libraries the core reads, checks and measures with, as `--version`
// and Help ▸ About show them.
#include <string>
#include <vector>

namespace corridor {

std::string program_version();

struct LibraryVersion {
    std::string name, version;
};
// GDAL, GEOS and PROJ as loaded at run time (the shared libraries, not the headers).
std::vector<LibraryVersion> core_library_versions();

}  // namespace corridor
