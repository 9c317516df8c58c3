#include "core/cartography/search_index.h"
#include "core/base/text_fold.h"

#include <gtest/gtest.h>
#include <tuple>

using namespace corridor;

namespace {

SearchEntry entry(std::string name, SearchKind kind, std::string parent = "", std::string id = "") {
    SearchEntry e;
    e.name = std::move(name);
    e.kind = kind;
    e.parent = std::move(parent);
    e.id = id.empty() ? e.name : id;
    e.importance = default_importance(kind);
    return e;
}

std::vector<std::string> names(const SearchIndex& index, const std::vector<SearchHit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits) out.push_back(index.entry(h.entry).name);
    return out;
}

SearchIndex small_index() {
    return SearchIndex({
        entry("Kolondiéba", SearchKind::Commune, "cercle de Kolondiéba, Sikasso, Mali"),
        entry("Ségou", SearchKind::Region, "Mali"),
        entry("Ségou", SearchKind::Commune, "cercle de Ségou, Ségou, Mali", "ML040701"),
        entry("Bobo-Dioulasso", SearchKind::Town, "Houet, Hauts-Bassins, Burkina Faso"),
        entry("Sikasso", SearchKind::Cercle, "Sikasso, Mali"),
        entry("Sikassoba", SearchKind::Village, "Kadiolo, Sikasso, Mali"),
        entry("Kadiolo", SearchKind::Commune, "cercle de Kadiolo, Sikasso, Mali"),
        entry("Kadiolo", SearchKind::Cercle, "Sikasso, Mali"),
        entry("Nakadiolo", SearchKind::Village, "Kadiolo, Sikasso, Mali"),
        entry("Œuvre Ç", SearchKind::Village),
    });
}

}  // namespace

TEST(TextFold, RemovesAccentsCaseAndPunctuation) {
    EXPECT_EQ(fold_text("Ségou"), "segou");
    EXPECT_EQ(fold_text("KOLONDIÉBA"), "kolondieba");
    EXPECT_EQ(fold_text("Bobo-Dioulasso"), "bobo dioulasso");
    EXPECT_EQ(fold_text("  Côte d’Ivoire "), "cote d ivoire");
    EXPECT_EQ(fold_text("Œuvre Æther ÿ ñ Ï"), "oeuvre aether y n i");
    EXPECT_EQ(fold_text("àâçèêëîïôöùûü"), "aaceeeiioouuu");
    EXPECT_EQ(fold_text("Łódź Škoda"), "lodz skoda");
    EXPECT_EQ(fold_text("bad \xC3 byte"), "bad byte");  // truncated sequence dropped, no crash
    EXPECT_EQ(fold_text("Ж"), "Ж");                      // outside the table: kept
    EXPECT_TRUE(is_ascii("Segou"));
    EXPECT_FALSE(is_ascii("Ségou"));
}

TEST(Search, IgnoresAccentsAndCase) {
    SearchIndex index = small_index();
    auto hits = index.search("kolondieba");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Kolondiéba");
    EXPECT_EQ(hits[0].tier, MatchTier::Exact);

    hits = index.search("SEGOU");
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].tier, MatchTier::Exact);
    // Same match quality: the region outranks the commune.
    EXPECT_EQ(index.entry(hits[0].entry).kind, SearchKind::Region);
    EXPECT_EQ(index.entry(hits[1].entry).kind, SearchKind::Commune);

    EXPECT_EQ(names(index, index.search("oeuvre c")), std::vector<std::string>{"Œuvre Ç"});
}

TEST(Search, ToleratesTypos) {
    SearchIndex index = small_index();
    // Transposition (Damerau) counts as one edit.
    auto hits = index.search("kolondeiba");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Kolondiéba");
    EXPECT_EQ(hits[0].tier, MatchTier::Fuzzy);
    EXPECT_EQ(hits[0].typos, 1);
    // 8+ letters: two edits (one substitution, one deletion).
    hits = index.search("kolomdeba");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Kolondiéba");
    EXPECT_EQ(hits[0].typos, 2);
    // 4-7 letters: one edit, not two.
    EXPECT_EQ(names(index, index.search("sagou")), (std::vector<std::string>{"Ségou", "Ségou"}));
    EXPECT_TRUE(index.search("sagoo").empty());
    // Under 4 letters: no typo tolerated ("seg" is a prefix, "sag" is nothing).
    EXPECT_TRUE(index.search("sag").empty());
    // A typo early in a name still finds it while the rest is being typed.
    hits = index.search("kolondei");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Kolondiéba");
}

TEST(Search, RanksExactPrefixWordSubstringFuzzy) {
    SearchIndex index = small_index();
    // "sikasso": exact (cercle), prefix (Sikassoba). The prefix match is a village, less
    // important, but comes after the exact one anyway.
    auto hits = index.search("sikasso");
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(index.entry(hits[0].entry).name, "Sikasso");
    EXPECT_EQ(hits[0].tier, MatchTier::Exact);
    EXPECT_EQ(hits[1].tier, MatchTier::Prefix);

    // "dioulasso" starts the second word of Bobo-Dioulasso.
    hits = index.search("dioulasso");
    ASSERT_EQ(hits.size(), 1u);
    EXPECT_EQ(hits[0].tier, MatchTier::WordPrefix);

    // "kadiolo": two exact (commune before cercle), then the substring hit Nakadiolo.
    hits = index.search("kadiolo");
    ASSERT_EQ(hits.size(), 3u);
    EXPECT_EQ(index.entry(hits[0].entry).kind, SearchKind::Commune);
    EXPECT_EQ(index.entry(hits[1].entry).kind, SearchKind::Cercle);
    EXPECT_EQ(index.entry(hits[2].entry).name, "Nakadiolo");
    EXPECT_EQ(hits[2].tier, MatchTier::Substring);

    // "kadiola" (7 letters, one edit allowed): no exact, prefix or substring match; fuzzy
    // finds both Kadiolo (one substitution) but not Nakadiolo (two edits from any prefix).
    hits = index.search("kadiola");
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(hits[0].tier, MatchTier::Fuzzy);
    EXPECT_EQ(index.entry(hits[0].entry).kind, SearchKind::Commune);

    // The limit keeps the best ones.
    hits = index.search("s", 2);
    ASSERT_EQ(hits.size(), 2u);
    EXPECT_EQ(index.entry(hits[0].entry).name, "Ségou");  // the region: most important "s" prefix
    EXPECT_EQ(index.entry(hits[1].entry).name, "Ségou");  // the commune, before the cercle Sikasso
    EXPECT_EQ(index.entry(hits[1].entry).kind, SearchKind::Commune);
}

TEST(Search, GivesKindAndParent) {
    SearchIndex index = small_index();
    auto hits = index.search("Kadiolo");
    ASSERT_GE(hits.size(), 2u);
    const SearchEntry& commune = index.entry(hits[0].entry);  // the commune before its cercle
    EXPECT_EQ(commune.kind, SearchKind::Commune);
    EXPECT_EQ(commune.parent, "cercle de Kadiolo, Sikasso, Mali");
    EXPECT_EQ(format_search_result(commune, "en"), "Kadiolo, commune, cercle de Kadiolo, Sikasso, Mali");
    const SearchEntry& region = index.entry(index.search("segou")[0].entry);
    EXPECT_EQ(format_search_result(region, "fr"), "Ségou, région, Mali");
    EXPECT_EQ(format_search_result(region, "en"), "Ségou, region, Mali");
}

TEST(Search, BlankOrOddQueriesGiveNothingAndNeverCrash) {
    SearchIndex index = small_index();
    EXPECT_TRUE(index.search("").empty());
    EXPECT_TRUE(index.search("  - ").empty());
    EXPECT_TRUE(index.search("\xFF\xFE").empty());
    EXPECT_TRUE(index.search(std::string(200, 'x')).empty());
    EXPECT_TRUE(SearchIndex().search("segou").empty());
}

// ---- On the real layers (../shared/geodata) ----

#include "core/cartography/search_entries.h"
#include "real_geodata.h"

namespace {

const SearchIndex& real_index() {
    static const SearchIndex index(build_search_entries(corridor::test::real_geodata()));
    return index;
}

}  // namespace

TEST(SearchRealData, HoldsEveryPlaceAndAdminUnit) {
    const SearchIndex& index = real_index();
    size_t mali_places = 0, communes = 0;
    for (const SearchEntry& e : index.entries()) {
        mali_places += e.layer == "places_mali";
        communes += e.kind == SearchKind::Commune;
    }
    EXPECT_EQ(mali_places, 18769u);
    EXPECT_EQ(communes, 701u + 351u);
}

TEST(SearchRealData, FindsAccentedNamesFromPlainQueries) {
    const SearchIndex& index = real_index();
    auto hits = index.search("kolondieba");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Kolondiéba");
    EXPECT_EQ(hits[0].tier, MatchTier::Exact);

    hits = index.search("segou");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Ségou");
    EXPECT_EQ(index.entry(hits[0].entry).kind, SearchKind::Region);  // the most important exact match

    // v02 writes the cercle "Kolondieba"; its seat commune "Kolondiéba" gives the accents
    // (accented_names.h), to the cercle and to the parent text of its communes.
    bool cercle_found = false;
    for (const SearchHit& h : index.search("kolondieba")) {
        const SearchEntry& e = index.entry(h.entry);
        if (e.kind == SearchKind::Cercle) {
            cercle_found = true;
            EXPECT_EQ(e.name, "Kolondiéba");
        }
        if (e.kind == SearchKind::Commune) {
            EXPECT_EQ(e.parent, "cercle de Kolondiéba, Sikasso, Mali");
        }
    }
    EXPECT_TRUE(cercle_found);

    // With a typo (transposed letters) it is still there, first.
    hits = index.search("kolondeiba");
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Kolondiéba");
}

// Importance weighs with the match: famous towns typed in part or with a letter missing come
// before small communes and villages spelt alike.
TEST(SearchRealData, RanksWellKnownTownsFirst) {
    const SearchIndex& index = real_index();
    const std::vector<std::pair<const char*, const char*>> cases = {
        {"ouaga", "Ouagadougou"},       {"ouagadogou", "Ouagadougou"}, {"bamak", "Bamako"},
        {"bamko", "Bamako"},            {"sikaso", "Sikasso"},         {"tombouctu", "Tombouctou"},
        {"mopt", "Mopti"},              {"bobo diulasso", "Bobo-Dioulasso"}, {"ouahigouy", "Ouahigouya"},
        {"koutiala", "Koutiala"},       {"banfor", "Banfora"},
    };
    for (const auto& [query, expected] : cases) {
        auto hits = index.search(query, 5);
        ASSERT_FALSE(hits.empty()) << query;
        EXPECT_EQ(index.entry(hits[0].entry).name, expected) << query << " gave " << format_search_result(index.entry(hits[0].entry), "en");
    }
}

// Other spellings a places file gives: GeoNames' English "Timbuktu" next to the COD seat.
TEST(SearchRealData, FindsPlacesByAlternativeNames) {
    const SearchIndex& index = real_index();
    auto hits = index.search("timbuktu", 5);
    ASSERT_FALSE(hits.empty());
    EXPECT_EQ(index.entry(hits[0].entry).name, "Tombouctou");
    EXPECT_EQ(hits[0].tier, MatchTier::Exact);
}

TEST(SearchRealData, KadioloIsInSikasso) {
    const SearchIndex& index = real_index();
    auto hits = index.search("kadiolo");
    ASSERT_FALSE(hits.empty());
    const SearchEntry& top = index.entry(hits[0].entry);
    EXPECT_EQ(top.name, "Kadiolo");
    EXPECT_TRUE(top.kind == SearchKind::Cercle || top.kind == SearchKind::Commune || top.kind == SearchKind::Town);
    EXPECT_NE(top.parent.find("Sikasso"), std::string::npos) << top.parent;
    // The commune's text names its cercle, region and country.
    bool commune_found = false;
    for (const SearchHit& h : hits) {
        const SearchEntry& e = index.entry(h.entry);
        if (e.kind != SearchKind::Commune || e.name != "Kadiolo") continue;
        commune_found = true;
        EXPECT_EQ(format_search_result(e, "fr"), "Kadiolo, commune, cercle de Kadiolo, Sikasso, Mali");
        // Its point lies in its own commune: Kadiolo is near 10.55°N, 5.76°W (data README).
        EXPECT_NEAR(e.lonlat.lat, 10.55, 0.5);
        EXPECT_NEAR(e.lonlat.lon, -5.76, 0.5);
    }
    EXPECT_TRUE(commune_found);
}

TEST(SearchRealData, BurkinaUnitsNameTheirProvince) {
    const SearchIndex& index = real_index();
    auto hits = index.search("ouahigouya");
    ASSERT_FALSE(hits.empty());
    bool commune_found = false;
    for (const SearchHit& h : hits) {
        const SearchEntry& e = index.entry(h.entry);
        if (e.kind == SearchKind::Commune && e.name == "Ouahigouya") {
            commune_found = true;
            EXPECT_NE(e.parent.find("Yatenga"), std::string::npos) << e.parent;  // README: Yatenga, Nord
            EXPECT_NE(e.parent.find("Burkina Faso"), std::string::npos) << e.parent;
        }
    }
    EXPECT_TRUE(commune_found);
}

namespace {

std::vector<std::pair<uint32_t, uint16_t>> word_pairs(const std::vector<SearchIndex::WordStart>& words) {
    std::vector<std::pair<uint32_t, uint16_t>> out;
    for (const SearchIndex::WordStart& w : words) out.push_back({w.key, w.offset});
    return out;
}

std::vector<std::tuple<uint32_t, int, int>> hit_list(const SearchIndex& index, const std::string& query) {
    std::vector<std::tuple<uint32_t, int, int>> out;
    for (const SearchHit& h : index.search(query, 50)) out.push_back({h.entry, int(h.tier), int(h.typos)});
    return out;
}

}  // namespace

// The names' cache keeps the order of the data's words: a warm start merges the programme's
// few entries into it instead of sorting every word again. Merged, the index is the one
// sorted at once, word for word; an order that does not fit is ignored, never trusted.
TEST(SearchRealData, WordsKeptInOrderAndMergedWithNewEntriesGiveTheIndexSortedAtOnce) {
    const SearchIndex& data_only = real_index();
    std::vector<SearchEntry> all = data_only.entries();
    const size_t own = all.size();
    all.push_back(entry("Marché central de Kadiolo", SearchKind::Initiative, "Kadiolo"));
    all.push_back(entry("Corridor Mopti – Bandiagara – Ouahigouya", SearchKind::Corridor));
    all.back().alt_names = {"Mopti Bandiagara Ouahigouya corridor", ""};
    all.push_back(entry("", SearchKind::Initiative));  // folds to nothing: a key with no word
    all.push_back(entry("Sikasso", SearchKind::Initiative, "Sikasso", "led-service"));  // the name of many

    const SearchIndex sorted_at_once(all);
    const std::vector<SearchIndex::WordStart> kept = data_only.word_order(own);
    ASSERT_GT(kept.size(), own) << "every entry has at least its first word";
    const SearchIndex merged(all, own, kept);
    EXPECT_EQ(word_pairs(merged.word_order(all.size())), word_pairs(sorted_at_once.word_order(all.size())));
    // The data's words, taken from the merged index, are the order that was kept.
    EXPECT_EQ(word_pairs(merged.word_order(own)), word_pairs(kept));

    const std::vector<std::string> queries = {"kadiolo", "marche", "bandiagara", "mopti bandiagara", "segou",
                                              "sikaso", "dioulasso", "ouahigouya corridor", "ko", "niena"};
    for (const std::string& q : queries) {
        EXPECT_EQ(hit_list(merged, q), hit_list(sorted_at_once, q)) << q;
        EXPECT_FALSE(hit_list(merged, q).empty()) << q;
    }
    EXPECT_EQ(merged.entry(merged.search("marche central de kadiolo", 1).at(0).entry).name, "Marché central de Kadiolo");

    // Orders that do not fit the data's entries: two words swapped, one missing, one of a key
    // beyond them, one past its text, the whole index's order for fewer entries.
    std::vector<std::vector<SearchIndex::WordStart>> broken(5, kept);
    std::swap(broken[0][10], broken[0][11]);
    broken[1].pop_back();
    broken[2].back().key = uint32_t(own + 5);
    broken[3][0].offset = 60000;
    broken[4] = sorted_at_once.word_order(all.size());
    for (size_t i = 0; i < broken.size(); ++i) {
        const SearchIndex rebuilt(all, own, broken[i]);
        EXPECT_EQ(word_pairs(rebuilt.word_order(all.size())), word_pairs(sorted_at_once.word_order(all.size()))) << i;
        EXPECT_EQ(hit_list(rebuilt, "kadiolo"), hit_list(sorted_at_once, "kadiolo")) << i;
    }
}
