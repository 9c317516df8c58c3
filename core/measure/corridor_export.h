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

// How the CSV is written: for tools (the default: ",", ".", ids as headers) or for a
// spreadsheet in the interface language. French Excel splits on ";" (the comma is its decimal
// separator) and reads UTF-8 only after a byte-order mark.
struct CsvStyle {
    std::string lang = "en";  // decimal separator: "fr" a comma
    char separator = ',';
    bool bom = false;
    // The columns: pcode, name, cercle, region, country, distance_km, relation.
    std::vector<std::string> headers = {"pcode", "name", "cercle", "region", "country", "distance_km", "relation"};
    std::string crossed = "crossed";     // relation of a commune the line crosses
    std::string within = "within %s km"; // of one within the buffer; %s: the buffer's distance
};
// For a spreadsheet in `lang` ("fr": ";", decimal comma, BOM); headers and words as given.
CsvStyle spreadsheet_csv_style(const std::string& lang, std::vector<std::string> headers, std::string crossed,
                               std::string within);

// A header line, one row per commune, "\r\n" line ends, RFC 4180 quoting. `buffer_km`: the
// distance the communes were searched within (for the relation column).
std::string communes_csv(const std::vector<CorridorCommune>& communes, double buffer_km, const CsvStyle& style = {});

// Each commune as a Feature: its lon/lat polygon and the CSV columns as properties. The
// collection also carries "corridor" and "buffer_km" (negative: not a buffer, e.g. crossed).
nlohmann::json communes_geojson(const std::vector<CorridorCommune>& communes, const std::string& corridor_id,
                                double buffer_km);

// Writes the file; false with an error naming the path when it cannot be written.
bool write_communes_csv(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                        double buffer_km, const CsvStyle& style, Diagnostics& diag);
bool write_communes_geojson(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                            const std::string& corridor_id, double buffer_km, Diagnostics& diag);

}  // namespace corridor
