#include "viewer/presenter/tour_places.h"

#include <algorithm>

#include "core/programme/corridor_reader.h"
#include "core/programme/initiative_reader.h"
#include "core/project/projection.h"

namespace corridor {

namespace fs = std::filesystem;

const Initiative* TourPlaces::initiative(const std::string& id) const {
    for (const Initiative& i : initiatives)
        if (i.id == id) return &i;
    return nullptr;
}

const Corridor* TourPlaces::corridor(const std::string& id) const {
    for (const Corridor& c : corridors)
        if (c.id == id) return &c;
    return nullptr;
}

TourPlaces load_tour_places(const Geodata& data, const fs::path& geodata_dir) {
    TourPlaces p;
    p.data = &data;
    KnownPcode known = [&data](const std::string& pcode) { return data.commune(pcode) != nullptr; };
    Diagnostics theirs;  // reported by the initiatives overlay
    p.initiatives = load_initiatives(geodata_dir / "initiatives.json", known, theirs);
    p.corridors = load_corridors(geodata_dir / "corridors.json", known, theirs);
    return p;
}

TourReferences tour_references(const TourPlaces& places) {
    TourReferences r;
    const TourPlaces* p = &places;
    if (places.data) r.is_commune = [p](const std::string& id) { return p->data->commune(id) != nullptr; };
    r.is_initiative = [p](const std::string& id) { return p->initiative(id) != nullptr; };
    r.is_corridor = [p](const std::string& id) { return p->corridor(id) != nullptr; };
    if (places.data)
        r.is_country = [p](const std::string& name) {
            for (const Layer* l : p->data->admin_layers(AdminLevel::Commune))
                if (l->country == name) return true;
            return false;
        };
    return r;
}

namespace {
void expand_lonlat(Box& b, LonLat ll) {
    MapPoint m = lonlat_to_mercator(ll);
    b.expand(m.x, m.y);
}
void expand_commune(Box& b, const TourPlaces& places, const std::string& pcode) {
    if (!places.data) return;
    if (const Feature* f = places.data->commune(pcode)) b.expand(f->bounds);
}
}  // namespace

Box tour_target_bounds(const TourTarget& t, const TourPlaces& places) {
    Box b;
    switch (t.kind) {
    case TourTargetKind::Box:
        expand_lonlat(b, {t.box.west, t.box.south});
        expand_lonlat(b, {t.box.east, t.box.north});
        break;
    case TourTargetKind::Commune:
        expand_commune(b, places, t.id);
        break;
    case TourTargetKind::Initiative:
        if (const Initiative* i = places.initiative(t.id)) {
            for (const std::string& pcode : i->communes) expand_commune(b, places, pcode);
            for (const NamedPoint& pt : i->points) expand_lonlat(b, pt.position);
        }
        break;
    case TourTargetKind::Corridor:
        if (const Corridor* c = places.corridor(t.id))
            for (const CorridorTown& town : c->towns) expand_lonlat(b, town.position);
        break;
    }
    return b;
}

std::vector<FeatureRef> commune_refs(const std::vector<std::string>& pcodes, const Geodata& data) {
    std::vector<FeatureRef> refs;
    for (const std::string& pcode : pcodes) {
        const Layer* layer = nullptr;
        const Feature* f = data.commune(pcode, &layer);
        if (!f || !layer || layer->features.empty()) continue;
        int layer_index = int(layer - data.layers.data());
        int feature_index = int(f - layer->features.data());
        if (layer_index >= 0 && layer_index < int(data.layers.size())) refs.push_back({layer_index, feature_index});
    }
    return refs;
}

std::vector<FeatureRef> country_commune_refs(const std::vector<std::string>& countries, const Geodata& data) {
    std::vector<FeatureRef> refs;
    for (const Layer* layer : data.admin_layers(AdminLevel::Commune)) {
        if (std::find(countries.begin(), countries.end(), layer->country) == countries.end()) continue;
        const int layer_index = int(layer - data.layers.data());
        for (size_t i = 0; i < layer->features.size(); ++i) refs.push_back({layer_index, int(i)});
    }
    return refs;
}

std::vector<Tour> load_tours(const fs::path& dir, const TourReferences& refs, Diagnostics& diag) {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json") files.push_back(entry.path());
    if (ec) diag.warning(dir.string(), "", "cannot list the tours: " + ec.message());
    std::sort(files.begin(), files.end(), [](const fs::path& a, const fs::path& b) {
        bool da = a.stem() == "default", db = b.stem() == "default";
        return da != db ? da : a.filename() < b.filename();
    });
    std::vector<Tour> tours;
    for (const fs::path& f : files)
        if (auto t = load_tour(f, refs, diag)) tours.push_back(std::move(*t));
    return tours;
}

}  // namespace corridor
