#include "core/cartography/places.h"

#include "core/measure/geodesic.h"

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <unordered_map>


#include "core/cartography/accented_names.h"
#include "core/project/projection.h"
#include "core/base/geometry_walk.h"
#include "core/base/text_fold.h"

namespace corridor {

namespace {

// bfa_admin_capitals_v03 writes "<Null>" for empty admin names.
std::string clean(std::string_view s) { return s == "<Null>" ? std::string() : std::string(s); }

std::string attribute_or_empty(const Feature& f, const char* field) {
    const std::optional<std::string_view> v = f.attribute(field);
    return v ? clean(*v) : std::string();
}

struct Source {
    const char* layer;
    const char* class_field;
    std::optional<PlaceClass> (*to_class)(const std::string&);
    bool deduplicate;  // COD Mali is one record per place already; its counts must stay exact
};

// Whether `point` lies in the (multi)polygon: in an exterior ring and in none of its holes.
bool area_contains(const OGRGeometry& area, const OGRPoint& point) {
    bool inside = false;
    for_each_polygon(area, [&](const OGRPolygon& polygon) {
        if (inside || polygon.IsEmpty() || !polygon.getExteriorRing()->isPointInRing(&point)) return;
        for (int i = 0; i < polygon.getNumInteriorRings(); ++i)
            if (polygon.getInteriorRing(i)->isPointInRing(&point)) return;
        inside = true;
    });
    return inside;
}

// The commune polygons, to name the units containing a place: each commune's box, then OGR's
// point-in-ring test. A few thousand places are looked up once, so GEOS's prepared-polygon
// index (the picker's, some 75 bytes per vertex to build) would cost far more than it saves:
// on the 2-million-vertex stress pack it held 100 MB and a second of a core. The first commune
// in layer order wins, as the picker's lowest index does.
struct CommuneLookup {
    std::vector<const Layer*> layers;

    explicit CommuneLookup(const Geodata& data) : layers(data.admin_layers(AdminLevel::Commune)) {}
    const Feature* find(MapPoint p) const {
        const OGRPoint point(p.x, p.y);
        for (const Layer* layer : layers)
            for (const Feature& f : layer->features)
                if (f.mercator && f.bounds.contains(p.x, p.y) && area_contains(*f.mercator, point)) return &f;
        return nullptr;
    }
};

// The accent rule: a place written in plain ASCII takes the spelling of the commune, cercle
// or region polygon that contains it when both fold to the same text ("Segou" inside the
// commune "Ségou" becomes "Ségou"). The COD-AB v02 polygon names are the trusted accented
// form (data README, caveat "Names"); a place already written with accents is left as its
// source wrote it. Joined spatially, not by P-code, because the 2015 places and the v02
// polygons code the same units differently.
std::string accented_name(const std::string& name, const Place& p) {
    if (!is_ascii(name)) return name;
    const std::string folded = fold_text(name);
    for (const std::string* unit : {&p.commune, &p.cercle, &p.region})
        if (!is_ascii(*unit) && fold_text(*unit) == folded) return *unit;
    return name;
}


}  // namespace

const char* to_string(PlaceClass c) {
    switch (c) {
        case PlaceClass::Capital: return "capital";
        case PlaceClass::RegionalCapital: return "regional_capital";
        case PlaceClass::CercleSeat: return "cercle_seat";
        case PlaceClass::CommuneSeat: return "commune_seat";
        case PlaceClass::Village: return "village";
    }
    return "village";
}

std::optional<PlaceClass> class_from_cod_mali(const std::string& v) {
    if (v.size() == 1 && v[0] >= '1' && v[0] <= '5') return static_cast<PlaceClass>(v[0] - '0');
    return std::nullopt;
}

std::optional<PlaceClass> class_from_bfa_level(const std::string& v) {
    if (v.size() == 1 && v[0] >= '0' && v[0] <= '3') return static_cast<PlaceClass>(v[0] - '0' + 1);
    return std::nullopt;
}

std::optional<PlaceClass> class_from_geonames(const std::string& code) {
    if (code == "PPLC") return PlaceClass::Capital;
    if (code == "PPLA") return PlaceClass::RegionalCapital;
    if (code == "PPLA2") return PlaceClass::CercleSeat;
    if (code == "PPLA3" || code == "PPLA4") return PlaceClass::CommuneSeat;
    // PPL and the like: a populated place with no administrative role known.
    if (code.rfind("PPL", 0) == 0) return PlaceClass::Village;
    return std::nullopt;
}

std::vector<Place> build_places(const Geodata& data, Diagnostics* diag) {
    const Source sources[] = {
        {"places_mali", "popPlaceCl", class_from_cod_mali, false},
        {"bfa_capitals", "adm_p_lvl", class_from_bfa_level, true},
        {"places_geonames", "feature_code", class_from_geonames, true},
    };
    const CommuneLookup communes(data);
    const AccentedNames accents(data);
    std::vector<Place> places;
    std::unordered_map<std::string, std::vector<size_t>> by_folded_name;  // -> indices in `places`

    for (const Source& source : sources) {
        const Layer* layer = data.layer(source.layer);
        if (!layer) continue;
        std::vector<Place> found;
        for (const Feature& f : layer->features) {
            const std::string where = "feature " + std::to_string(f.index) + (f.id.empty() ? "" : " (" + f.id + ")");
            const OGRGeometry* g = f.mercator.get();
            if (!g || wkbFlatten(g->getGeometryType()) != wkbPoint || g->IsEmpty()) {
                if (diag) diag->warning(layer->path, where, "place without a point geometry, skipped");
                continue;
            }
            if (clean(f.name).empty()) {
                if (diag) diag->warning(layer->path, where, "place without a name, skipped");
                continue;
            }
            Place p;
            const std::string class_text = attribute_or_empty(f, source.class_field);
            std::optional<PlaceClass> c = source.to_class(class_text);
            if (!c && diag)
                diag->warning(layer->path, where, std::string("unknown place class '") + class_text + "' in field " +
                                                      source.class_field + ", shown as a village");
            p.place_class = c.value_or(PlaceClass::Village);
            p.mercator = {g->toPoint()->getX(), g->toPoint()->getY()};
            p.lonlat = mercator_to_lonlat(p.mercator);
            p.layer = layer->id;
            p.id = f.id;
            p.feature = f.index;
            if (const Feature* commune = communes.find(p.mercator)) {
                p.commune = commune->name;
                p.cercle = accents.spelling(commune->admin.cercle);
                p.region = accents.spelling(commune->admin.region);
                p.country = commune->admin.country;
            } else {
                p.commune = clean(f.admin.commune);
                p.cercle = clean(f.admin.cercle);
                p.region = clean(f.admin.region);
                p.country = clean(f.admin.country);
            }
            p.name = accented_name(clean(f.name), p);
            if (const std::string english = attribute_or_empty(f, "name");
                !english.empty() && fold_text(english) != fold_text(p.name))
                p.alt_names.push_back(english);
            if (const std::string pop = attribute_or_empty(f, "population"); !pop.empty())
                p.population = std::atol(pop.c_str());
            found.push_back(std::move(p));
        }
        // Seats listed once per level (Ouagadougou is the nation's, a region's, a province's
        // and a commune's seat): the highest class comes first and absorbs the others.
        std::stable_sort(found.begin(), found.end(),
                         [](const Place& a, const Place& b) { return a.place_class < b.place_class; });
        for (Place& p : found) {
            std::vector<size_t>& same_name = by_folded_name[fold_text(p.name)];
            if (source.deduplicate &&
                std::any_of(same_name.begin(), same_name.end(), [&](size_t i) {
                    return within_km(places[i].lonlat, p.lonlat, kDuplicatePlaceKm);
                }))
                continue;
            // A GeoNames town next to a seat of another name is that seat's other spelling.
            if (source.deduplicate && p.layer == "places_geonames") {
                auto seat = std::find_if(places.begin(), places.end(), [&](const Place& q) {
                    return q.place_class <= PlaceClass::CommuneSeat && within_km(q.lonlat, p.lonlat, kAlternativeNameKm);
                });
                if (seat != places.end()) {
                    seat->alt_names.push_back(p.name);
                    seat->population = std::max(seat->population, p.population);
                    continue;
                }
            }
            same_name.push_back(places.size());
            places.push_back(std::move(p));
        }
    }
    return places;
}

}  // namespace corridor
