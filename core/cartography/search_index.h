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

// Default importance by kind, the tie-breaker between equally good matches: country > region >
// initiative, corridor > commune > cercle/province > town > village (rivers and lakes among the towns). A commune comes before the
// cercle of the same name: the commune is the programme's unit.
// For towns, `place_class` 1 (capital) to 4 (commune seat) adds 4..1 so bigger towns come first.
int default_importance(SearchKind kind, int place_class = 0);

struct SearchEntry {
    std::string name;     // as shown, with its accents: "Kolondiéba"
    SearchKind kind = SearchKind::Village;
    std::string parent;   // where it lies: "cercle de Kadiolo, Sikasso, Mali"; empty for a country
    std::string id;       // P-code, feature id or initiative id, unique within `layer`
    std::string layer;    // source layer id ("mli_communes", "places_mali", ...) or "initiatives"
    long feature = -1;    // index in that layer's features; -1 when not from a layer
    LonLat lonlat;        // where to go: the place, or a point inside the unit
    Box bounds;           // Web Mercator extent to fit; empty for points
    int importance = 0;   // higher wins among equally good matches
};

// How a result matched, best first. Results are ordered by tier, then typo count, then
// importance, then folded name.
enum class MatchTier : uint8_t { Exact, Prefix, WordPrefix, Substring, Fuzzy };

struct SearchHit {
    uint32_t entry = 0;  // index into SearchIndex::entries()
    MatchTier tier = MatchTier::Exact;
    uint8_t typos = 0;   // edit distance for Fuzzy hits, else 0
};

// Typos a folded query of this length tolerates: 0 below 4 letters, 1 up to 7, 2 from 8.
int max_typos(size_t folded_query_length);

class SearchIndex {
public:
    SearchIndex() = default;
    explicit SearchIndex(std::vector<SearchEntry> entries);

    // At most `limit` hits for `query` (any UTF-8 text), best first; none for a blank query.
    std::vector<SearchHit> search(std::string_view query, size_t limit = 20) const;

    const std::vector<SearchEntry>& entries() const { return entries_; }
    const SearchEntry& entry(uint32_t i) const { return entries_[i]; }
    const std::string& folded_name(uint32_t i) const { return folded_[i]; }

private:
    struct WordRef {
        uint32_t entry;
        uint16_t offset;      // byte offset of the word in the folded name
        uint16_t length;      // bytes from `offset` to the end of the name
    };
    std::string_view suffix(const WordRef& w) const;

    std::vector<SearchEntry> entries_;
    std::vector<std::string> folded_;
    std::vector<uint32_t> by_name_;         // entries sorted by folded name
    std::string joined_;                    // every folded name, each followed by '\n'
    std::vector<size_t> joined_start_;      // where entry i's name starts in joined_
    std::vector<WordRef> inner_words_;      // words after the first, sorted by suffix
    std::vector<WordRef> all_words_;        // every word start, sorted by suffix, for fuzzy matching
    std::string fuzzy_text_;                // all_words_' first 64 bytes, one after another
    std::vector<uint32_t> fuzzy_start_;     // where word i starts in fuzzy_text_ (one more at the end)
    std::vector<uint8_t> fuzzy_shared_;     // first bytes word i shares with word i - 1
};

// "Kadiolo, commune, cercle de Kadiolo, Sikasso, Mali": name, kind word, then parent.
std::string format_search_result(const SearchEntry& entry, std::string_view lang);

}  // namespace corridor
