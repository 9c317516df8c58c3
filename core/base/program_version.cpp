#include "core/base/program_version.h"

#include <gdal.h>
#include <geos_c.h>
#include <proj.h>

namespace corridor {

// CORRIDOR_VERSION is defined for this file alone (core/CMakeLists.txt), so a new commit
// recompiles one file, not the whole core.
std::string program_version() { return CORRIDOR_VERSION; }

std::vector<LibraryVersion> core_library_versions() {
    std::string geos = GEOSversion();  // "3.11.1-CAPI-1.17.1": the C API's own number is noise here
    geos = geos.substr(0, geos.find("-CAPI"));
    return {{"GDAL", GDALVersionInfo("RELEASE_NAME")}, {"GEOS", geos}, {"PROJ", proj_info().version}};
}

}  // namespace corridor
