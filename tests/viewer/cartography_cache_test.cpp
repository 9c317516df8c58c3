// The names' cache (viewer/names/cartography_cache, cartography_codec): the real data's places,
// labels and search entries come back as they were built; bad bytes are refused with a reason;
// a second build from the same data reads the entry instead of building, and a damaged one is
// rebuilt with a warning. The viewer runs that use it are in start_cache_test.cpp.
#include "viewer/names/cartography_cache.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "fixtures.h"
#include "real_geodata.h"
#include "viewer/names/cartography_codec.h"

namespace corridor {
namespace {

namespace fs = std::filesystem;

const CartographyData& real_names() {
    static const CartographyData names = build_cartography(test::real_geodata());
    return names;
}

// Every field the codec carries, compared through the encoding of a field-by-field copy would
// prove nothing: compare what the app reads.
void expect_same_names(const CartographyData& a, const CartographyData& b) {
    ASSERT_EQ(a.places.size(), b.places.size());
    for (size_t i = 0; i < a.places.size(); ++i) {
        const Place &p = a.places[i], &q = b.places[i];
        EXPECT_EQ(p.name, q.name);
        EXPECT_EQ(p.place_class, q.place_class);
        EXPECT_EQ(p.mercator, q.mercator);
        EXPECT_EQ(p.lonlat.lon, q.lonlat.lon);
        EXPECT_EQ(p.layer + p.id + p.commune + p.cercle + p.region + p.country, q.layer + q.id + q.commune + q.cercle + q.region + q.country);
        EXPECT_EQ(p.feature, q.feature);
        EXPECT_EQ(p.alt_names, q.alt_names);
        EXPECT_EQ(p.population, q.population);
    }
    EXPECT_EQ(a.repeats_town, b.repeats_town);
    ASSERT_EQ(a.labels.size(), b.labels.size());
    for (size_t i = 0; i < a.labels.size(); ++i) {
        const MapLabel &l = a.labels[i], &m = b.labels[i];
        EXPECT_EQ(l.id, m.id);
        EXPECT_EQ(l.text, m.text);
        EXPECT_EQ(l.rank, m.rank);
        EXPECT_EQ(l.at, m.at);
        EXPECT_EQ(l.room, m.room);
        EXPECT_EQ(l.point, m.point);
        EXPECT_EQ(l.hidden_from_zoom, m.hidden_from_zoom);
        EXPECT_EQ(l.path, m.path);
        EXPECT_EQ(l.min_zoom, m.min_zoom);
        EXPECT_EQ(l.feature, m.feature);
        EXPECT_EQ(l.feature_id, m.feature_id);
    }
    ASSERT_TRUE(a.search && b.search);
    ASSERT_EQ(a.search->entries().size(), b.search->entries().size());
    for (size_t i = 0; i < a.search->entries().size(); ++i) {
        const SearchEntry &e = a.search->entries()[i], &f = b.search->entries()[i];
        EXPECT_EQ(e.name + "|" + e.name_en + "|" + e.parent + "|" + e.id + "|" + e.layer,
                  f.name + "|" + f.name_en + "|" + f.parent + "|" + f.id + "|" + f.layer);
        EXPECT_EQ(e.alt_names, f.alt_names);
        EXPECT_EQ(e.kind, f.kind);
        EXPECT_EQ(e.feature, f.feature);
        EXPECT_EQ(e.lonlat.lat, f.lonlat.lat);
        EXPECT_EQ(e.bounds.max_x, f.bounds.max_x);
        EXPECT_EQ(e.importance, f.importance);
    }
}

TEST(CartographyCodec, TheRealNamesComeBackAsTheyWereBuilt) {
    const CartographyData& built = real_names();
    ASSERT_GT(built.places.size(), 1000u);
    ASSERT_TRUE(std::any_of(built.labels.begin(), built.labels.end(), [](const MapLabel& l) { return !l.path.empty(); }))
        << "no river label: the paths would go untested";
    const std::string bytes = encode_cartography(built);
    CartographyData back;
    std::string error;
    ASSERT_TRUE(decode_cartography(bytes, back, error)) << error;
    expect_same_names(built, back);
    EXPECT_EQ(check_cartography_refs(back, test::real_geodata()), "");
    EXPECT_EQ(encode_cartography(back), bytes);
    // The index built again from the entries finds what the built one finds.
    EXPECT_EQ(back.search->search("Kadiolo", 5).size(), built.search->search("Kadiolo", 5).size());
}

// Entries from elsewhere (the programme's) are indexed after the data's own, in the same index,
// found by the search, and not kept in the data's entry.
TEST(CartographyCodec, EntriesFromElsewhereAreIndexedAfterTheDataButNotKept) {
    const CartographyData& built = real_names();
    SearchEntry initiative;
    initiative.name = "Marché central de Kadiolo (test)";
    initiative.kind = SearchKind::Initiative;
    initiative.id = "test-market";
    initiative.layer = "initiatives";
    initiative.importance = default_importance(SearchKind::Initiative);
    const std::string bytes = encode_cartography(built);

    CartographyData back;
    std::string error;
    ASSERT_TRUE(decode_cartography(bytes, back, error, {initiative})) << error;
    const size_t own = built.search->entries().size();
    EXPECT_EQ(back.own_search_entries, own);
    ASSERT_EQ(back.search->entries().size(), own + 1);
    EXPECT_EQ(back.search->entries()[own].id, "test-market");
    const auto hits = back.search->search("marche central de kadiolo", 3);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(back.search->entry(hits[0].entry).id, "test-market");
    EXPECT_EQ(check_cartography_refs(back, test::real_geodata()), "");
    EXPECT_EQ(encode_cartography(back), bytes) << "the entry kept the programme's entry";

    const CartographyData fresh = build_cartography(test::real_geodata(), {initiative});
    EXPECT_EQ(fresh.own_search_entries, own);
    EXPECT_EQ(encode_cartography(fresh), bytes);
}

TEST(CartographyCodec, ShortenedOrLongerBytesAreRefusedWithAReason) {
    CartographyData few;
    few.places = {real_names().places.begin(), real_names().places.begin() + 3};
    few.repeats_town = {false, true, false};
    few.labels = {real_names().labels.begin(), real_names().labels.begin() + 3};
    index_search(few, std::vector<SearchEntry>(real_names().search->entries().begin(), real_names().search->entries().begin() + 3), {});
    const std::string bytes = encode_cartography(few);
    for (size_t n = 0; n < bytes.size(); ++n) {
        CartographyData back;
        std::string error;
        EXPECT_FALSE(decode_cartography(std::string_view(bytes).substr(0, n), back, error)) << n;
        EXPECT_FALSE(error.empty()) << n;
    }
    CartographyData back;
    std::string error;
    EXPECT_FALSE(decode_cartography(bytes + "x", back, error));
    EXPECT_NE(error.find("1 bytes left over after the names"), std::string::npos) << error;
}

// The entry keeps the order of the entries' words, so that the index merges instead of sorting
// them. Two words swapped at its end are refused as damage (the cache rebuilds the entry), not
// quietly sorted again on every start.
TEST(CartographyCodec, SearchWordsOutOfOrderAreRefused) {
    const std::string bytes = encode_cartography(real_names());
    constexpr size_t kWord = sizeof(uint32_t) + sizeof(uint16_t);  // key, offset
    std::string swapped = bytes;
    std::swap_ranges(swapped.end() - 2 * kWord, swapped.end() - kWord, swapped.end() - kWord);
    ASSERT_NE(swapped, bytes);
    CartographyData back;
    std::string error;
    EXPECT_FALSE(decode_cartography(swapped, back, error));
    EXPECT_NE(error.find("not every word of the entries in order"), std::string::npos) << error;
    ASSERT_TRUE(decode_cartography(bytes, back, error)) << error;
}

TEST(CartographyCodec, NamesOfFeaturesTheDataLacksAreFound) {
    CartographyData names;
    std::string error;
    ASSERT_TRUE(decode_cartography(encode_cartography(real_names()), names, error)) << error;
    names.labels[0].feature.feature = int(test::real_geodata().layers[names.labels[0].feature.layer].features.size());
    EXPECT_EQ(check_cartography_refs(names, test::real_geodata()), "label 0 names no feature of the data");
    ASSERT_TRUE(decode_cartography(encode_cartography(real_names()), names, error)) << error;
    names.places[1].layer = "no_such_layer";
    EXPECT_EQ(check_cartography_refs(names, test::real_geodata()), "place 1 names no feature of the data");
}

// Data loaded through the cache (its key set) with the real layers: what build_cartography_cached sees.
Geodata keyed_real_data(const std::string& key) {
    Geodata data = load_geodata(test::real_data_dir());
    data.source_key = key;
    data.source_layers = data.layers.size();
    return data;
}

TEST(CartographyCache, SecondBuildReadsTheEntryAndADamagedOneIsRebuilt) {
    const fs::path dir = test::scratch_dir("cartography_cache/entry");
    const CacheStore store(dir);
    const Geodata data = keyed_real_data("test key " + dir.string());
    const CartographyData first = build_cartography_cached(data, store);
    EXPECT_TRUE(first.problems.items().empty());
    const fs::path entry = store.entry_path(cartography_cache_key(data));
    ASSERT_TRUE(fs::exists(entry));
    const auto written = fs::last_write_time(entry);

    const CartographyData second = build_cartography_cached(data, store);
    EXPECT_TRUE(second.problems.items().empty());
    expect_same_names(first, second);
    EXPECT_EQ(encode_cartography(second), encode_cartography(first));

    std::string bytes = test::file_bytes(entry);
    bytes[bytes.size() / 2] ^= 0x04;
    std::ofstream(entry, std::ios::binary | std::ios::trunc) << bytes;
    const CartographyData rebuilt = build_cartography_cached(data, store);
    ASSERT_EQ(rebuilt.problems.items().size(), 1u);
    EXPECT_EQ(rebuilt.problems.items()[0].file, entry.string());
    EXPECT_NE(rebuilt.problems.items()[0].message.find("damaged"), std::string::npos) << rebuilt.problems.items()[0].message;
    expect_same_names(first, rebuilt);
    EXPECT_GE(fs::last_write_time(entry), written);
    EXPECT_TRUE(build_cartography_cached(data, store).problems.items().empty());  // sound again
}

// Names built from layers the key does not name (none loaded through the cache, or the user's
// own added since) are never stored or read.
TEST(CartographyCache, DataWithoutAKeyForAllItsLayersIsNotCached) {
    Geodata data = keyed_real_data("key");
    EXPECT_NE(cartography_cache_key(data), "");
    data.source_layers -= 1;
    EXPECT_EQ(cartography_cache_key(data), "");
    data.source_key.clear();
    data.source_layers = data.layers.size();
    EXPECT_EQ(cartography_cache_key(data), "");
    const fs::path dir = test::scratch_dir("cartography_cache/unkeyed");
    build_cartography_cached(data, CacheStore(dir));
    EXPECT_TRUE(!fs::exists(dir) || fs::is_empty(dir));
}

}  // namespace
}  // namespace corridor
