#pragma once
// Place-name search for the search box: every admin unit, populated place and initiative,
// matched on folded text (accents and case ignored, see text_fold.h), one typo tolerated in
// 4-7 letter queries and two from 8 letters. Built once; a query costs microseconds, so it
// can run on every keystroke.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

enum class SearchKind : uint8_t { Country, Region, Cercle, Province, Commune, Town, Village, Initiative, Corridor, River, Lake };

// The kind as a word in the UI language ("fr" or "en"; anything else gives English):
// "région" / "region", "ville" / "town", ...
const char* kind_word(SearchKind kind, std::string_view lang);

// Importance by kind and place class, weighed against how well the text matches (see
// SearchIndex::search): country 100, capital 97, region 93, regional capital 92, initiative and
// corridor 85, cercle or province seat 84, commune 82, cercle/province 80, commune seat 78,
// village 50; rivers and lakes 62. A commune comes before the cercle of the same name: the commune is the
// programme's unit. `place_class` 1 (capital) .. 5 (village) is the town's PlaceClass.
int default_importance(SearchKind kind, int place_class = 0);
// A town's importance with its population where the source gives it: +1 from 10,000
// inhabitants, +2 from 100,000, +3 from 1,000,000.
int town_importance(int place_class, long population);

struct SearchEntry {
    std::string name;     // as shown, with its accents: "Kolondiéba"
    std::string name_en;  // shown instead in English where it differs (initiatives, corridors); found too
    std::vector<std::string> alt_names;  // other spellings it is found by ("Timbuktu"); not shown
    SearchKind kind = SearchKind::Village;
    std::string parent;   // where it lies: "cercle de Kadiolo, Sikasso, Mali"; empty for a country
    std::string id;       // P-code, feature id or initiative id, unique within `layer`
    std::string layer;    // source layer id ("mli_communes", "places_mali", ...) or "initiatives"
    long feature = -1;    // index in that layer's features; -1 when not from a layer
    LonLat lonlat;        // where to go: the place, or a point inside the unit
    Box bounds;           // Web Mercator extent to fit; empty for points
    int importance = 0;   // weighed against the match quality; see default_importance
};

// How a result matched, best first. Exact matches come first (by importance); every other hit
// is ranked by importance minus a cost for how loosely it matches (match_cost), so a capital
// reached with one typo comes before a village that merely starts with the same letters.
enum class MatchTier : uint8_t { Exact, Prefix, WordPrefix, Substring, Fuzzy };

struct SearchHit {
    uint32_t entry = 0;  // index into SearchIndex::entries()
    MatchTier tier = MatchTier::Exact;
    uint8_t typos = 0;   // edit distance for Fuzzy hits, else 0
};

// Typos a folded query of this length tolerates: 0 below 4 letters, 1 up to 7, 2 from 8.
int max_typos(size_t folded_query_length);

// What a looser match costs in importance points: prefix 0, word prefix 4, substring 12,
// fuzzy 8 + 10 per typo.
int match_cost(MatchTier tier, int typos);

class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(std::vector<SearchEntry> entries);

    // Where a word starts: in key `key` (an entry's name, then its other spellings, entry by
    // entry), at byte `offset` of its folded text.
    struct WordStart {
        uint32_t key = 0;
        uint16_t offset = 0;
        friend bool operator==(const WordStart&, const WordStart&) = default;
    };
    // The same index, with the words of its first `sorted_entries` entries taken in the order
    // word_order() gave for them (kept in the names' cache): only the other entries' words are
    // sorted, then merged in, instead of sorting every word again. An order that does not fit
    // those entries (not every word, once each, in order) is ignored: all are sorted.
    SearchIndex(std::vector<SearchEntry> entries, size_t sorted_entries, const std::vector<WordStart>& word_order);
    // The word starts of the first `entries` entries, in the index's order.
    std::vector<WordStart> word_order(size_t entries) const;

    // At most `limit` hits for `query` (any UTF-8 text), best first; none for a blank query.
    std::vector<SearchHit> search(std::string_view query, size_t limit = 20) const;

    const std::vector<SearchEntry>& entries() const { return entries_; }
    const SearchEntry& entry(uint32_t i) const { return entries_[i]; }
    const std::string& folded_name(uint32_t i) const { return folded_[key_of_name_[i]]; }

private:
    // Every name and alternative name is a key; several keys lead to one entry.
    struct WordRef {
        uint32_t entry;       // the key
        uint16_t offset;      // byte offset of the word in the folded name
        uint16_t length;      // bytes from `offset` to the end of the name
    };
    std::string_view suffix(const WordRef& w) const;
    // The order of every list of words: by text from the word on, then key, then offset. One
    // total order, so the words of some entries sorted once merge with the rest's.
    bool word_before(const WordRef& a, const WordRef& b) const;
    // The word starts of keys [first_key, end), unsorted.
    std::vector<WordRef> words_of_keys(uint32_t first_key) const;
    // `order` as WordRefs when it is every word of keys [0, sorted_keys) in order; else empty.
    std::vector<WordRef> checked_order(const std::vector<WordStart>& order, uint32_t sorted_keys) const;

    std::vector<SearchEntry> entries_;
    std::vector<std::string> folded_;       // folded text of each key
    std::vector<uint32_t> key_entry_;       // the entry each key belongs to
    std::vector<uint32_t> key_of_name_;     // the key of each entry's own name
    std::vector<uint32_t> by_name_;         // keys sorted by folded text (then key)
    std::string joined_;                    // every folded key, each followed by '\n'
    std::vector<size_t> joined_start_;      // where key i starts in joined_
    std::vector<WordRef> inner_words_;      // words after the first, by word_before
    std::vector<WordRef> all_words_;        // every word start, by word_before, for fuzzy matching
    std::string fuzzy_text_;                // all_words_' first 64 bytes, one after another
    std::vector<uint32_t> fuzzy_start_;     // where word i starts in fuzzy_text_ (one more at the end)
    std::vector<uint8_t> fuzzy_shared_;     // first bytes word i shares with word i - 1
};

// "Kadiolo, commune, cercle de Kadiolo, Sikasso, Mali": name, kind word, then parent.
// The name shown in the interface language `lang` ("fr", "en").
const std::string& shown_name(const SearchEntry& entry, std::string_view lang);
std::string format_search_result(const SearchEntry& entry, std::string_view lang);

}  // namespace corridor
