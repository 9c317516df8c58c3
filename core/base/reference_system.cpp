#include "core/base/reference_system.h"

namespace corridor {

OGRSpatialReference srs_from_epsg(int code) {
    OGRSpatialReference srs;
    srs.importFromEPSG(code);
    srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    return srs;
}

}  // namespace corridor
