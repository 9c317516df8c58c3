#pragma once
// The programme's initiatives and corridors as the viewer shows them: read once the boundaries
// are loaded (P-codes are checked against them), with the map positions of their markers.
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/cartography/map_label.h"
#include "core/read/geodata_catalog.h"
#include "core/programme/initiative_model.h"

namespace corridor {

struct ProgrammeData {
    std::vector<Initiative> initiatives;
    std::vector<Corridor> corridors;

    int initiative_index(const std::string& id) const;  // -1 when unknown
    int corridor_index(const std::string& id) const;
};

// Reads both files; problems (file, JSON path, line) go to `diag`, what is valid still loads.
ProgrammeData load_programme_data(const Geodata& data, const std::filesystem::path& initiatives_file,
                                  const std::filesystem::path& corridors_file, Diagnostics& diag);

// The commune with this P-code as a map feature; invalid when unknown.
FeatureRef commune_ref(const Geodata& data, const std::string& pcode);

// Where an initiative's markers go: its named points, else the label anchor (inside point) of
// each of its communes; none when the sources name no place.
std::vector<MapPoint> marker_positions(const Initiative& initiative, const Geodata& data);

// The corridors' towns as names for the label layer, which places them with every other name
// (first among them) and drops a place label of the same town: a town is named once.
std::vector<MapLabel> corridor_town_labels(const std::vector<Corridor>& corridors);

}  // namespace corridor
