#pragma once
// One normalised list of populated places from the three places layers: Mali COD 2015
// (places_mali), Burkina COD v03 seats (bfa_capitals) and GeoNames towns (places_geonames).
// Each place gets a class, its position, the admin units that contain it (from the current
// commune polygons, since P-codes differ between vintages) and, where a trusted source gives
// it, its accented name.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/base/geo_types.h"
#include "core/read/geodata_catalog.h"

namespace corridor {

enum class PlaceClass : uint8_t { Capital = 1, RegionalCapital, CercleSeat, CommuneSeat, Village };
const char* to_string(PlaceClass c);  // "capital", "regional_capital", ...

struct Place {
    std::string name;         // as shown, accented where a trusted source gives it
    PlaceClass place_class = PlaceClass::Village;
    LonLat lonlat;
    MapPoint mercator;
    std::string layer;        // source layer id: "places_mali", "bfa_capitals", "places_geonames"
    std::string id;           // the source's id (P-code, geonameid); may be empty
    size_t feature = 0;       // index in the source layer
    // Units containing the place, from the commune polygons (accented, current vintage); the
    // source's own admin names when the point lies in no polygon.
    std::string commune, cercle, region, country;
    // Other spellings of the same place: a GeoNames town lying within kAlternativeNameKm of a
    // seat under another name ("Timbuktu" for Tombouctou, "Gourcy" for Goursi), the English or
    // ASCII name of a Burkina seat when it differs from the French one. Searched, not drawn.
    std::vector<std::string> alt_names;
    long population = 0;  // where the source gives it (GeoNames); 0 when unknown
};

// A GeoNames town this close to a seat of another name is that seat under another spelling.
inline constexpr double kAlternativeNameKm = 2.0;

// Class from each source's field: COD Mali popPlaceCl "1".."5", Burkina adm_p_lvl "0".."3",
// GeoNames feature_code PPLC/PPLA/PPLA2/PPLA3/PPLA4. nullopt for an unknown value.
std::optional<PlaceClass> class_from_cod_mali(const std::string& pop_place_class);
std::optional<PlaceClass> class_from_bfa_level(const std::string& adm_p_lvl);
std::optional<PlaceClass> class_from_geonames(const std::string& feature_code);

// Within this distance, two places with the same folded name are one place (GeoNames puts
// Bamako 4.8 km from the COD point).
inline constexpr double kDuplicatePlaceKm = 10.0;

// All places of the layers present in `data`, COD Mali first, then Burkina seats, then GeoNames
// towns that no earlier place duplicates. Problems (no geometry, unknown class) go to `diag`.
std::vector<Place> build_places(const Geodata& data, Diagnostics* diag = nullptr);

}  // namespace corridor
