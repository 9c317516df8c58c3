#pragma once
// Planning computations along a corridor: geodesic leg lengths (PROJ geodesic, WGS 84), the
// communes the corridor line crosses, and the communes within a buffer distance of it
// (GEOS through OGR, in a metric projection centred on the corridor).
#include <string>
#include <vector>

#include <ogr_geometry.h>

#include "core/normalise/feature.h"
#include "core/base/geo_types.h"
#include "core/measure/geodesic.h"  // geodesic_km
#include "core/programme/initiative_model.h"

namespace corridor {

struct CorridorLeg {
    std::string from, to;  // town names
    double km = 0;
};

struct CorridorLength {
    std::vector<CorridorLeg> legs;  // one per pair of consecutive towns
    double total_km = 0;
};

CorridorLength corridor_length(const Corridor& corridor);

struct CorridorCommune {
    std::string pcode, name, cercle, region, country;  // cercle: cercle (Mali) or province (Burkina)
    double distance_km = 0;            // from the commune's polygon to the line; 0 when it crosses it
    const Feature* feature = nullptr;  // into the input layers: its geometry is exported
};

// Communes whose polygon meets the line (lon/lat segments between the towns), sorted by name.
std::vector<CorridorCommune> communes_crossed(const std::vector<LonLat>& line,
                                              const std::vector<const Layer*>& commune_layers);

inline constexpr double kMinBufferKm = 5, kMaxBufferKm = 50;

struct CorridorBuffer {
    double distance_km = 0;                 // the distance used, within [kMinBufferKm, kMaxBufferKm]
    std::vector<CorridorCommune> communes;  // sorted by distance to the line, then name
    OGRGeometryUniquePtr polygon_lonlat;    // the buffer in EPSG:4326 (lon/lat order), for display
};

// Communes within `distance_km` (clamped to 5–50 km) of the line. An empty result (no polygon)
// when the line has fewer than two points.
CorridorBuffer communes_near(const std::vector<LonLat>& line, double distance_km,
                             const std::vector<const Layer*>& commune_layers);

}  // namespace corridor
