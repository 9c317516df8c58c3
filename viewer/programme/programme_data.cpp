#include "viewer/programme/programme_data.h"

#include <algorithm>

#include "core/programme/corridor_reader.h"
#include "core/programme/initiative_reader.h"
#include "core/cartography/label_anchor.h"
#include "core/project/projection.h"

namespace corridor {

int ProgrammeData::initiative_index(const std::string& id) const {
    for (size_t i = 0; i < initiatives.size(); ++i)
        if (initiatives[i].id == id) return int(i);
    return -1;
}

int ProgrammeData::corridor_index(const std::string& id) const {
    for (size_t i = 0; i < corridors.size(); ++i)
        if (corridors[i].id == id) return int(i);
    return -1;
}

ProgrammeData load_programme_data(const Geodata& data, const std::filesystem::path& initiatives_file,
                                  const std::filesystem::path& corridors_file, Diagnostics& diag) {
    KnownPcode known = [&data](const std::string& p) { return data.commune(p) != nullptr; };
    ProgrammeData out;
    out.initiatives = load_initiatives(initiatives_file, known, diag);
    out.corridors = load_corridors(corridors_file, known, diag);
    check_links(out.initiatives, initiatives_file.string(), out.corridors, corridors_file.string(), diag);
    return out;
}

FeatureRef commune_ref(const Geodata& data, const std::string& pcode) {
    const Layer* layer = nullptr;
    const Feature* f = data.commune(pcode, &layer);
    if (!f || !layer || layer->features.empty()) return {};
    return {int(layer - data.layers.data()), int(f - layer->features.data())};
}

std::vector<MapPoint> marker_positions(const Initiative& initiative, const Geodata& data) {
    std::vector<MapPoint> out;
    for (const NamedPoint& p : initiative.points) out.push_back(lonlat_to_mercator(p.position));
    if (!out.empty()) return out;
    for (const std::string& pcode : initiative.communes) {
        const Feature* f = data.commune(pcode);
        if (!f || !f->mercator) continue;
        if (auto anchor = label_anchor_of(*f)) out.push_back(anchor->point);
    }
    return out;
}

std::vector<MapLabel> corridor_town_labels(const std::vector<Corridor>& corridors) {
    std::vector<MapLabel> out;
    for (size_t c = 0; c < corridors.size(); ++c)
        for (size_t t = 0; t < corridors[c].towns.size(); ++t) {
            const CorridorTown& town = corridors[c].towns[t];
            // A town on two corridors (a junction) is named once.
            if (std::any_of(out.begin(), out.end(), [&](const MapLabel& l) { return l.text == town.name; })) continue;
            MapLabel l;
            l.id = uint64_t(1) << 61 | uint64_t(c) << 20 | uint64_t(t);  // apart from layer << 32 | feature
            l.text = town.name;
            l.rank = LabelRank::Initiative;
            l.at = lonlat_to_mercator(town.position);
            l.point = true;
            l.feature_id = town.commune;
            out.push_back(std::move(l));
        }
    return out;
}

}  // namespace corridor
