#pragma once
// Export of a corridor's communes for planners: CSV (RFC 4180 quoting, UTF-8) and GeoJSON
// (RFC 7946 FeatureCollection of the commune polygons with their properties).
#include <filesystem>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/measure/corridor_analysis.h"
#include "core/base/diagnostics.h"

namespace corridor {

// Header "pcode,name,cercle,region,country,distance_km", one row per commune, "\r\n" line ends.
std::string communes_csv(const std::vector<CorridorCommune>& communes);

// Each commune as a Feature: its lon/lat polygon and the CSV columns as properties. The
// collection also carries "corridor" and "buffer_km" (negative: not a buffer, e.g. crossed).
nlohmann::json communes_geojson(const std::vector<CorridorCommune>& communes, const std::string& corridor_id,
                                double buffer_km);

// Writes the file; false with an error naming the path when it cannot be written.
bool write_communes_csv(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                        Diagnostics& diag);
bool write_communes_geojson(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                            const std::string& corridor_id, double buffer_km, Diagnostics& diag);

}  // namespace corridor
