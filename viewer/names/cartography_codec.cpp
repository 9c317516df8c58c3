#include "viewer/names/cartography_codec.h"

#include <algorithm>

#include "core/cache/byte_codec.h"

namespace corridor {
namespace {

void write_place(ByteWriter& w, const Place& p) {
    w.text(p.name);
    w.put(uint8_t(p.place_class));
    w.put(p.lonlat.lon), w.put(p.lonlat.lat);
    w.point(p.mercator);
    w.text(p.layer), w.text(p.id);
    w.put(uint64_t(p.feature));
    w.text(p.commune), w.text(p.cercle), w.text(p.region), w.text(p.country);
    w.texts(p.alt_names);
    w.put(int64_t(p.population));
}

Place read_place(ByteReader& r) {
    Place p;
    p.name = r.text("a place's name");
    const uint8_t c = r.get<uint8_t>("a place's class");
    if (c < uint8_t(PlaceClass::Capital) || c > uint8_t(PlaceClass::Village)) r.fail("unknown place class " + std::to_string(c));
    p.place_class = PlaceClass(c);
    p.lonlat.lon = r.get<double>("a place's longitude"), p.lonlat.lat = r.get<double>("a place's latitude");
    p.mercator = r.point("a place's map point");
    p.layer = r.text("a place's layer");
    p.id = r.text("a place's id");
    p.feature = size_t(r.get<uint64_t>("a place's feature"));
    p.commune = r.text("a place's commune");
    p.cercle = r.text("a place's cercle");
    p.region = r.text("a place's region");
    p.country = r.text("a place's country");
    p.alt_names = r.texts("a place's other names");
    p.population = long(r.get<int64_t>("a place's population"));
    return p;
}

void write_label(ByteWriter& w, const MapLabel& l) {
    w.put(l.id);
    w.text(l.text);
    w.put(uint8_t(l.rank));
    w.point(l.at);
    w.put(l.room);
    w.put(uint8_t(l.point));
    w.put(l.hidden_from_zoom);
    w.count(l.path.size());
    for (MapPoint p : l.path) w.point(p);
    w.put(l.min_zoom);
    w.put(int32_t(l.feature.layer)), w.put(int32_t(l.feature.feature));
    w.text(l.feature_id);
}

MapLabel read_label(ByteReader& r) {
    MapLabel l;
    l.id = r.get<uint64_t>("a label's id");
    l.text = r.text("a label's text");
    l.rank = r.enumeration<LabelRank>(int(LabelRank::River), "label rank");
    l.at = r.point("a label's anchor");
    l.room = r.get<double>("a label's room");
    l.point = r.enumeration<bool>(1, "label point flag");
    l.hidden_from_zoom = r.get<double>("a label's hiding zoom");
    l.path.resize(r.count("a label's path points"));
    for (MapPoint& p : l.path) p = r.point("a label's path");
    l.min_zoom = r.get<double>("a label's zoom");
    l.feature.layer = r.get<int32_t>("a label's layer");
    l.feature.feature = r.get<int32_t>("a label's feature");
    l.feature_id = r.text("a label's feature id");
    return l;
}

void write_entry(ByteWriter& w, const SearchEntry& e) {
    w.text(e.name), w.text(e.name_en);
    w.texts(e.alt_names);
    w.put(uint8_t(e.kind));
    w.text(e.parent), w.text(e.id), w.text(e.layer);
    w.put(int64_t(e.feature));
    w.put(e.lonlat.lon), w.put(e.lonlat.lat);
    w.box(e.bounds);
    w.put(int32_t(e.importance));
}

SearchEntry read_entry(ByteReader& r) {
    SearchEntry e;
    e.name = r.text("a search entry's name");
    e.name_en = r.text("a search entry's English name");
    e.alt_names = r.texts("a search entry's other names");
    e.kind = r.enumeration<SearchKind>(int(SearchKind::Lake), "search kind");
    e.parent = r.text("a search entry's parent");
    e.id = r.text("a search entry's id");
    e.layer = r.text("a search entry's layer");
    e.feature = long(r.get<int64_t>("a search entry's feature"));
    e.lonlat.lon = r.get<double>("a search entry's longitude"), e.lonlat.lat = r.get<double>("a search entry's latitude");
    e.bounds = r.box("a search entry's bounds");
    e.importance = r.get<int32_t>("a search entry's importance");
    return e;
}

}  // namespace

std::string encode_cartography(const CartographyData& data) {
    return encode_exactly([&data](ByteWriter& w) {
        w.put(uint32_t(kCartographyCodecVersion));
        w.count(data.places.size());
        for (const Place& p : data.places) write_place(w, p);
        for (bool repeats : data.repeats_town) w.put(uint8_t(repeats));  // one per place
        w.count(data.labels.size());
        for (const MapLabel& l : data.labels) write_label(w, l);
        // The data's own entries: those from elsewhere are not the data's to keep.
        const size_t own = data.search ? std::min(data.own_search_entries, data.search->entries().size()) : 0;
        w.count(own);
        for (size_t i = 0; i < own; ++i) write_entry(w, data.search->entries()[i]);
        std::vector<SearchIndex::WordStart> order;
        if (data.search) order = data.search->word_order(own);
        w.count(order.size());
        for (const SearchIndex::WordStart& word : order) w.put(word.key), w.put(word.offset);
    });
}

bool decode_cartography(std::string_view bytes, CartographyData& data, std::string& error, std::vector<SearchEntry> extra) {
    data = CartographyData();
    ByteReader r(bytes);
    try {
        if (const auto version = r.get<uint32_t>("the format version"); version != uint32_t(kCartographyCodecVersion))
            r.fail("format version " + std::to_string(version) + ", expected " + std::to_string(kCartographyCodecVersion));
        data.places.resize(r.count("places"));
        for (Place& p : data.places) p = read_place(r);
        data.repeats_town.resize(data.places.size());
        for (size_t i = 0; i < data.places.size(); ++i)
            data.repeats_town[i] = r.enumeration<bool>(1, "a place's repeated-town flag");
        data.labels.resize(r.count("labels"));
        for (MapLabel& l : data.labels) l = read_label(r);
        std::vector<SearchEntry> entries(r.count("search entries"));
        for (SearchEntry& e : entries) e = read_entry(r);
        std::vector<SearchIndex::WordStart> order(r.count("search words"));
        for (SearchIndex::WordStart& word : order)
            word.key = r.get<uint32_t>("a search word's key"), word.offset = r.get<uint16_t>("a search word's offset");
        r.expect_end("the names");
        index_search(data, std::move(entries), std::move(extra), order);
        // The index ignores an order that does not fit the entries (and sorts them): here that
        // is damage, reported, so that the entry is written again.
        if (data.search->word_order(data.own_search_entries) != order)
            r.fail("the search words are not every word of the entries in order");
    } catch (const DecodeError& e) {
        error = e.what();
        return false;
    }
    return true;
}

std::string check_cartography_refs(const CartographyData& names, const Geodata& geodata) {
    const auto feature_count = [&](const std::string& layer) -> long {
        const Layer* l = geodata.layer(layer);
        return l ? long(l->features.size()) : -1;
    };
    for (size_t i = 0; i < names.places.size(); ++i)
        if (const long n = feature_count(names.places[i].layer); n < 0 || names.places[i].feature >= size_t(n))
            return "place " + std::to_string(i) + " names no feature of the data";
    for (size_t i = 0; i < names.labels.size(); ++i) {
        const FeatureRef f = names.labels[i].feature;
        if (!f.valid() || size_t(f.layer) >= geodata.layers.size() ||
            size_t(f.feature) >= geodata.layers[f.layer].features.size())
            return "label " + std::to_string(i) + " names no feature of the data";
    }
    if (names.search)
        for (size_t i = 0; i < std::min(names.own_search_entries, names.search->entries().size()); ++i) {
            const SearchEntry& e = names.search->entries()[i];
            if (e.feature < 0) continue;
            if (const long n = feature_count(e.layer); n < 0 || e.feature >= n)
                return "search entry " + std::to_string(i) + " names no feature of the data";
        }
    return "";
}

}  // namespace corridor
