#include "viewer/names/cartography_data.h"

#include <cmath>
#include <unordered_map>

#include <ogr_geometry.h>

#include "core/base/geometry_walk.h"
#include "core/cartography/label_anchor.h"
#include "core/cartography/water.h"
#include "core/project/projection.h"
#include "core/cartography/search_entries.h"
#include "core/base/text_fold.h"
#include "viewer/names/cartography_cache.h"

namespace corridor {

namespace {

int layer_index(const Geodata& data, const std::string& id) {
    const Layer* l = data.layer(id);
    return l ? int(l - data.layers.data()) : -1;
}

bool admin_rank(SearchKind kind, LabelRank& rank) {
    switch (kind) {
        case SearchKind::Country: rank = LabelRank::Country; return true;
        case SearchKind::Region: rank = LabelRank::Region; return true;
        case SearchKind::Cercle:
        case SearchKind::Province: rank = LabelRank::Cercle; return true;
        case SearchKind::Commune: rank = LabelRank::Commune; return true;
        default: return false;
    }
}

// Distance from the anchor to the unit's edge: how much room its label has there (kept with the
// anchor when the data was read).
double room_at(const Feature& f, MapPoint at) {
    if (f.label_anchor) return f.label_anchor->radius;
    if (!f.mercator) return 0;
    std::unique_ptr<OGRGeometry> edge(f.mercator->Boundary());
    if (!edge) return 0;
    OGRPoint p(at.x, at.y);
    double d = edge->Distance(&p);
    return d > 0 ? d : 0;
}

// build_search_entries takes the admin layers; the countries (Natural Earth, role "context")
// are not among them, yet "Burkina" should be found and "MALI" written on the map.
void add_context_countries(const Geodata& data, std::vector<SearchEntry>& entries) {
    for (const Layer& layer : data.layers) {
        if (layer.level != AdminLevel::Country || layer.role == "admin") continue;
        for (const Feature& f : layer.features) {
            if (f.name.empty() || !f.mercator) continue;
            SearchEntry e;
            e.name = f.name;
            e.kind = SearchKind::Country;
            e.id = f.id;
            e.layer = layer.id;
            e.feature = long(f.index);
            e.bounds = f.bounds;
            e.importance = default_importance(SearchKind::Country);
            MapPoint at{(f.bounds.min_x + f.bounds.max_x) / 2, (f.bounds.min_y + f.bounds.max_y) / 2};
            if (auto anchor = label_anchor_of(f)) at = anchor->point;
            e.lonlat = mercator_to_lonlat(at);
            entries.push_back(std::move(e));
        }
    }
}

// Rivers by importance (scalerank, as the map draws them): the Niger's name from the home
// view, the Voltas' and the Bani's from zoom 6.5, the lesser rivers' from zoom 8.
double river_label_zoom(int scalerank) { return scalerank <= 4 ? 5.0 : scalerank <= 7 ? 6.5 : 8.0; }

// A name along each part of every river line (one label per part of a multi-line): the text
// is the source's name here, put in the interface language by the names feature.
void add_river_labels(const Geodata& data, std::vector<MapLabel>& labels) {
    for (size_t li = 0; li < data.layers.size(); ++li) {
        const Layer& layer = data.layers[li];
        if (!is_water_layer(layer)) continue;
        for (const Feature& f : layer.features) {
            if (!f.mercator || f.name.empty() || f.index >= 0xFFFF) continue;
            const OGRwkbGeometryType type = wkbFlatten(f.mercator->getGeometryType());
            if (type != wkbLineString && type != wkbMultiLineString) continue;
            uint64_t part = 0;
            for_each_path(*f.mercator, [&](const OGRSimpleCurve& line) {
                if (line.getNumPoints() < 2 || part >= 0xFFFF) return;
                MapLabel l;
                l.id = uint64_t(li) << 32 | part++ << 16 | uint64_t(f.index);
                l.text = f.name;
                l.rank = LabelRank::River;
                l.min_zoom = river_label_zoom(water_scalerank(f));
                for (int i = 0; i < line.getNumPoints(); ++i) l.path.push_back({line.getX(i), line.getY(i)});
                l.at = l.path[l.path.size() / 2];
                l.feature = {int(li), int(f.index)};
                l.feature_id = f.id;
                labels.push_back(std::move(l));
            });
        }
    }
}

}  // namespace

LabelRank label_rank(PlaceClass c) {
    switch (c) {
        case PlaceClass::Capital: return LabelRank::Capital;
        case PlaceClass::RegionalCapital: return LabelRank::RegionalCapital;
        case PlaceClass::CercleSeat: return LabelRank::CercleSeat;
        case PlaceClass::CommuneSeat: return LabelRank::CommuneSeat;
        case PlaceClass::Village: return LabelRank::Village;
    }
    return LabelRank::Village;
}

CartographyData build_cartography(const Geodata& data, std::vector<SearchEntry> extra) {
    CartographyData out;
    out.places = build_places(data);
    std::vector<SearchEntry> entries = build_search_entries(data, out.places);
    add_context_countries(data, entries);

    // Seats by "unit|town" folded names: the zoom from which the town's label replaces the unit's.
    std::unordered_map<std::string, double> seat_zoom;
    for (const Place& p : out.places) {
        const std::string town = fold_text(p.name);
        if (p.place_class <= PlaceClass::CommuneSeat && fold_text(p.commune) == town)
            seat_zoom.emplace("commune|" + town, label_min_zoom(label_rank(p.place_class)));
        if (p.place_class <= PlaceClass::CercleSeat && fold_text(p.cercle) == town)
            seat_zoom.emplace("cercle|" + town, label_min_zoom(label_rank(p.place_class)));
    }

    for (const SearchEntry& e : entries) {
        LabelRank rank;
        if (!admin_rank(e.kind, rank)) continue;
        const int li = layer_index(data, e.layer);
        if (li < 0 || e.feature < 0 || e.feature >= long(data.layers[li].features.size())) continue;
        MapLabel l;
        l.id = uint64_t(li) << 32 | uint64_t(e.feature);
        l.text = e.name;
        l.rank = rank;
        l.at = lonlat_to_mercator(e.lonlat);
        l.room = room_at(data.layers[li].features[e.feature], l.at);
        l.feature = {li, int(e.feature)};
        l.feature_id = e.id;
        const char* unit = rank == LabelRank::Commune ? "commune|" : rank == LabelRank::Cercle ? "cercle|" : nullptr;
        if (unit)
            if (auto s = seat_zoom.find(unit + fold_text(e.name)); s != seat_zoom.end()) l.hidden_from_zoom = s->second;
        out.labels.push_back(std::move(l));
    }
    std::unordered_multimap<std::string, MapPoint> towns;  // folded name -> where
    for (const Place& p : out.places)
        if (p.place_class != PlaceClass::Village) towns.emplace(fold_text(p.name), p.mercator);
    out.repeats_town.assign(out.places.size(), false);
    for (size_t i = 0; i < out.places.size(); ++i) {
        const Place& p = out.places[i];
        if (p.place_class != PlaceClass::Village) continue;
        // Web Mercator metres stretch by 1/cos(lat): about 1.02 at 11° N, close enough here.
        auto [first, last] = towns.equal_range(fold_text(p.name));
        for (auto t = first; t != last; ++t)
            if (std::hypot(t->second.x - p.mercator.x, t->second.y - p.mercator.y) < kRepeatedTownMetres)
                out.repeats_town[i] = true;
    }

    for (size_t i = 0; i < out.places.size(); ++i) {
        const Place& p = out.places[i];
        const int li = layer_index(data, p.layer);
        if (li < 0 || out.repeats_town[i]) continue;
        MapLabel l;
        l.id = uint64_t(li) << 32 | uint64_t(p.feature);
        l.text = p.name;
        l.rank = label_rank(p.place_class);
        l.at = p.mercator;
        l.point = true;
        l.feature = {li, int(p.feature)};
        l.feature_id = p.id;
        out.labels.push_back(std::move(l));
    }
    add_river_labels(data, out.labels);
    index_search(out, std::move(entries), std::move(extra));
    return out;
}

std::future<CartographyData> build_cartography_async(const Geodata& data, std::optional<CacheStore> store,
                                                     std::vector<SearchEntry> extra) {
    return std::async(std::launch::async, [&data, store = std::move(store), extra = std::move(extra)]() mutable {
        return store ? build_cartography_cached(data, *store, std::move(extra)) : build_cartography(data, std::move(extra));
    });
}

}  // namespace corridor
