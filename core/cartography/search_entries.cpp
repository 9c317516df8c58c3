#include "core/cartography/search_entries.h"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "core/base/parallel_for.h"
#include "core/cartography/accented_names.h"
#include "core/cartography/province_articles.h"
#include "core/cartography/label_anchor.h"
#include "core/cartography/water.h"
#include "core/project/projection.h"
#include "core/base/text_fold.h"

namespace corridor {

namespace {

// Comma-separated, skipping the empty parts.
std::string join(std::initializer_list<std::string> parts) {
    std::string out;
    for (const std::string& p : parts) {
        if (p.empty()) continue;
        if (!out.empty()) out += ", ";
        out += p;
    }
    return out;
}

const char* cercle_word(const std::string& country) { return country == "Burkina Faso" ? "province" : "cercle"; }

SearchKind admin_kind(AdminLevel level, const std::string& country) {
    switch (level) {
        case AdminLevel::Country: return SearchKind::Country;
        case AdminLevel::Region: return SearchKind::Region;
        case AdminLevel::Cercle: return country == "Burkina Faso" ? SearchKind::Province : SearchKind::Cercle;
        default: return SearchKind::Commune;
    }
}

// Rivers and lakes, one entry per name a river is known by (its own, French and English
// names: "Mouhoun", "Volta Noire", "Black Volta"), the others as its parent text. A river in
// several features (its course and its lake centrelines) is one entry spanning them all, and
// selects its main course.
void add_water_entries(const Geodata& data, std::vector<SearchEntry>& entries) {
    for (const Layer& layer : data.layers) {
        if (!is_water_layer(layer)) continue;
        struct Water {
            const Feature* main = nullptr;
            Box bounds;
            std::vector<std::string> names;
            bool lake = false;
        };
        std::map<std::string, Water> by_name;
        for (const Feature& f : layer.features) {
            if (f.name.empty() || !f.mercator) continue;
            Water& w = by_name[f.name];
            w.bounds.expand(f.bounds);
            const bool course = water_class(f) == "River";
            if (!w.main || (course && water_class(*w.main) != "River")) w.main = &f;
            const OGRwkbGeometryType type = wkbFlatten(f.mercator->getGeometryType());
            w.lake = w.lake || type == wkbPolygon || type == wkbMultiPolygon;
            for (const std::string& n : {f.name, water_name(f, "fr"), water_name(f, "en")})
                if (std::find(w.names.begin(), w.names.end(), n) == w.names.end()) w.names.push_back(n);
        }
        for (const auto& [key, w] : by_name) {
            for (const std::string& name : w.names) {
                SearchEntry e;
                e.name = name;
                e.kind = w.lake ? SearchKind::Lake : SearchKind::River;
                std::string others;
                for (const std::string& n : w.names)
                    if (n != name) others += (others.empty() ? "" : " / ") + n;
                e.parent = others;
                e.id = w.main->id;
                e.layer = layer.id;
                e.feature = long(w.main->index);
                e.bounds = w.bounds;
                e.importance = default_importance(e.kind);
                e.lonlat = mercator_to_lonlat({(w.bounds.min_x + w.bounds.max_x) / 2, (w.bounds.min_y + w.bounds.max_y) / 2});
                entries.push_back(std::move(e));
            }
        }
    }
}

}  // namespace

std::string unit_phrase(const char* unit_word, const std::string& name) {
    if (name.empty()) return "";
    // Burkina's provinces take their own article: « province du Houet », « de la Comoé ».
    if (std::string_view(unit_word) == "province") return province_articles().phrase(name);
    const std::string folded = fold_text(name);
    const bool vowel = !folded.empty() && std::string_view("aeiou").find(folded[0]) != std::string_view::npos;
    return std::string(unit_word) + (vowel ? " d'" : " de ") + name;
}

std::vector<SearchEntry> build_search_entries(const Geodata& data) { return build_search_entries(data, build_places(data)); }

std::vector<SearchEntry> build_search_entries(const Geodata& data, const std::vector<Place>& places) {
    const AccentedNames accents(data);
    std::vector<SearchEntry> entries;
    // Each unit goes to the inside point where its label sits (the box centre may be outside):
    // the anchors are the slow part (GEOS, per polygon): kept from reading the data, else found
    // here on every core first.
    std::vector<const Feature*> named;
    for (AdminLevel level : {AdminLevel::Country, AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune})
        for (const Layer* layer : data.admin_layers(level))
            for (const Feature& f : layer->features)
                if (!f.name.empty() && f.mercator) named.push_back(&f);
    std::vector<MapPoint> anchors(named.size());
    parallel_for(named.size(), [&](size_t k) {
        const Feature& f = *named[k];
        anchors[k] = {(f.bounds.min_x + f.bounds.max_x) / 2, (f.bounds.min_y + f.bounds.max_y) / 2};
        if (auto anchor = label_anchor_of(f)) anchors[k] = anchor->point;
    });
    size_t next_anchor = 0;
    for (AdminLevel level : {AdminLevel::Country, AdminLevel::Region, AdminLevel::Cercle, AdminLevel::Commune}) {
        for (const Layer* layer : data.admin_layers(level)) {
            for (const Feature& f : layer->features) {
                if (f.name.empty() || !f.mercator) continue;  // nowhere to go without a geometry
                const std::string country = f.admin.country.empty() ? layer->country : f.admin.country;
                SearchEntry e;
                e.name = level == AdminLevel::Commune ? f.name : accents.spelling(f.name);
                e.kind = admin_kind(level, country);
                e.id = f.id;
                e.layer = layer->id;
                e.feature = static_cast<long>(f.index);
                e.bounds = f.bounds;
                e.importance = default_importance(e.kind);
                // The Mali COD's reference name where it is spelt otherwise ("Sero Diamanou").
                if (const std::optional<std::string_view> ref = f.attribute("adm3_ref_name"); ref && level == AdminLevel::Commune)
                    e.alt_names.emplace_back(*ref);
                switch (level) {
                    case AdminLevel::Region: e.parent = country; break;
                    case AdminLevel::Cercle: e.parent = join({accents.spelling(f.admin.region), country}); break;
                    case AdminLevel::Commune:
                        e.parent = join({unit_phrase(cercle_word(country), accents.spelling(f.admin.cercle)),
                                         accents.spelling(f.admin.region), country});
                        break;
                    default: break;
                }
                e.lonlat = mercator_to_lonlat(anchors[next_anchor++]);
                entries.push_back(std::move(e));
            }
        }
    }
    // A commune named after the seat it holds is as important as that seat: "ouaga" finds the
    // commune of the capital before the small commune Ouagadou.
    std::unordered_map<std::string, const Place*> seat_of_commune;  // folded commune name -> its seat
    for (const Place& p : places)
        if (p.place_class <= PlaceClass::CommuneSeat && fold_text(p.name) == fold_text(p.commune)) {
            const Place*& seat = seat_of_commune[fold_text(p.commune) + "|" + p.country];
            if (!seat || p.place_class < seat->place_class) seat = &p;
        }
    for (SearchEntry& e : entries) {
        if (e.kind != SearchKind::Commune) continue;
        const std::string country = e.parent.substr(e.parent.rfind(", ") == std::string::npos ? 0 : e.parent.rfind(", ") + 2);
        auto seat = seat_of_commune.find(fold_text(e.name) + "|" + country);
        if (seat == seat_of_commune.end()) continue;
        const Place& p = *seat->second;
        e.importance = std::max(e.importance, town_importance(static_cast<int>(p.place_class), p.population));
        e.alt_names.insert(e.alt_names.end(), p.alt_names.begin(), p.alt_names.end());
    }
    for (const Place& p : places) {
        SearchEntry e;
        e.name = p.name;
        e.alt_names = p.alt_names;
        e.kind = p.place_class == PlaceClass::Village ? SearchKind::Village : SearchKind::Town;
        e.id = p.id;
        e.layer = p.layer;
        e.feature = static_cast<long>(p.feature);
        e.lonlat = p.lonlat;
        e.importance = town_importance(static_cast<int>(p.place_class), p.population);
        e.parent = join({unit_phrase("commune", p.commune), unit_phrase(cercle_word(p.country), p.cercle), p.region, p.country});
        entries.push_back(std::move(e));
    }
    add_water_entries(data, entries);
    return entries;
}

}  // namespace corridor
