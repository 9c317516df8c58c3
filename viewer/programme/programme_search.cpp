#include "viewer/programme/programme_search.h"

#include "core/project/projection.h"

namespace corridor {
namespace {

// One entry, shown by its title in the interface language and found by either title.
void add_titled(std::vector<SearchEntry>& out, const LocalizedText& title, SearchEntry base) {
    base.name = title.fr;
    if (title.en != title.fr) base.name_en = title.en, base.alt_names.push_back(title.en);
    out.push_back(std::move(base));
}

// An entry for one initiative or corridor, before its places are added.
SearchEntry programme_entry(SearchKind kind, const std::string& id, const char* layer) {
    SearchEntry e;
    e.kind = kind;
    e.id = id;
    e.layer = layer;
    e.importance = default_importance(kind);
    return e;
}

// Centred on its places, once they are all in.
void centre_on_bounds(SearchEntry& e) {
    if (!e.bounds.empty()) e.lonlat = mercator_to_lonlat({(e.bounds.min_x + e.bounds.max_x) / 2, (e.bounds.min_y + e.bounds.max_y) / 2});
}

}  // namespace

Box corridor_bounds(const Corridor& c) {
    Box b;
    for (const CorridorTown& t : c.towns) {
        const MapPoint m = lonlat_to_mercator(t.position);
        b.expand(m.x, m.y);
    }
    return b;
}

std::vector<SearchEntry> programme_search_entries(const ProgrammeData& programme, const Geodata& data) {
    std::vector<SearchEntry> out;
    for (const Initiative& in : programme.initiatives) {
        SearchEntry e = programme_entry(SearchKind::Initiative, in.id, "initiatives");
        for (const std::string& pcode : in.communes) {
            if (const Feature* f = data.commune(pcode)) {
                e.bounds.expand(f->bounds);
                if (e.parent.size() < 60) e.parent += (e.parent.empty() ? "" : ", ") + f->name;
            }
        }
        for (const NamedPoint& p : in.points) {
            MapPoint m = lonlat_to_mercator(p.position);
            e.bounds.expand(m.x, m.y);
        }
        centre_on_bounds(e);
        add_titled(out, in.title, e);
    }
    for (const Corridor& c : programme.corridors) {
        SearchEntry e = programme_entry(SearchKind::Corridor, c.id, "corridors");
        e.bounds = corridor_bounds(c);
        for (const CorridorTown& t : c.towns) e.parent += (e.parent.empty() ? "" : " – ") + t.name;
        centre_on_bounds(e);
        add_titled(out, c.name, e);
    }
    return out;
}

}  // namespace corridor
