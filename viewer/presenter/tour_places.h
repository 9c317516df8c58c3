#pragma once
// What a tour points at, resolved against the loaded data: which ids exist (to check a tour)
// and where each target lies on the map (to fly there) or which communes to highlight.
#include <filesystem>
#include <string>
#include <vector>

#include "core/read/geodata_catalog.h"
#include "core/programme/initiative_model.h"
#include "core/programme/tour.h"

namespace corridor {

struct TourPlaces {
    const Geodata* data = nullptr;
    std::vector<Initiative> initiatives;
    std::vector<Corridor> corridors;

    const Initiative* initiative(const std::string& id) const;
    const Corridor* corridor(const std::string& id) const;
};

// Reads geodata/initiatives.json and corridors.json for their ids and places. Their own
// problems are the overlay's to report; only unreadable files are noted here.
TourPlaces load_tour_places(const Geodata& data, const std::filesystem::path& geodata_dir);

TourReferences tour_references(const TourPlaces& places);

// Web Mercator bounds of a step's target (empty when it names nothing known):
// commune -> its bounds; initiative -> its communes and points; corridor -> its towns; box.
Box tour_target_bounds(const TourTarget& target, const TourPlaces& places);

// The communes to emphasise on the map, by P-code; unknown codes are skipped.
std::vector<FeatureRef> commune_refs(const std::vector<std::string>& pcodes, const Geodata& data);
// Every commune of the named countries ("Mali", "Burkina Faso"): a whole country emphasised.
std::vector<FeatureRef> country_commune_refs(const std::vector<std::string>& countries, const Geodata& data);

// Every geodata/tours/*.json that loads cleanly, "default" first then by file name.
// Problems go to `diag`; a broken tour is left out.
std::vector<Tour> load_tours(const std::filesystem::path& tours_dir, const TourReferences& refs, Diagnostics& diag);

}  // namespace corridor
