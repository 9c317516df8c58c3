#include "viewer/programme/programme_data.h"

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
        if (auto anchor = polygon_label_anchor(*f->mercator)) out.push_back(anchor->point);
    }
    return out;
}

}  // namespace corridor
