#include "core/search_index.h"

#include <algorithm>
#include <array>

#include "core/text_fold.h"

namespace corridor {

namespace {

// One bit per letter a-z, one for all digits, one for any other byte: the letter set that the
// fuzzy prefilter compares (each edit can remove at most one of the query's letters).
uint32_t letter_bit(char c) {
    if (c >= 'a' && c <= 'z') return 1u << (c - 'a');
    if (c >= '0' && c <= '9') return 1u << 26;
    if (c == ' ') return 0;
    return 1u << 27;
}

uint32_t letter_set(std::string_view s) {
    uint32_t m = 0;
    for (char c : s) m |= letter_bit(c);
    return m;
}

// Smallest optimal-string-alignment distance (Damerau: a swap of neighbours counts as one)
// between `q` and any prefix of `t`, or max_d + 1 when above `max_d`. Prefixes, so a typo
// is forgiven while the user is still typing the rest of the name. Banded dynamic programming
// with early exit: hand-written because no Debian library offers a bounded Damerau prefix
// distance, and the loop is twenty lines.
int prefix_distance(std::string_view q, std::string_view t, int max_d) {
    constexpr int kMax = 64;
    const int n = static_cast<int>(q.size());
    const int m = std::min<int>(static_cast<int>(t.size()), n + max_d);
    if (n >= kMax || m < n - max_d) return max_d + 1;
    const int big = max_d + 1;
    std::array<int, kMax + 3> rows[3];  // rows i-2, i-1, i
    for (int j = 0; j <= m; ++j) rows[1][j] = j <= max_d ? j : big;
    for (int i = 1; i <= n; ++i) {
        auto& cur = rows[(i + 1) % 3];
        const auto& prev = rows[i % 3];
        const auto& prev2 = rows[(i + 2) % 3];
        int row_min = big;
        for (int j = 0; j <= m; ++j) {
            if (j < i - max_d || j > i + max_d) {
                cur[j] = big;
                continue;
            }
            int d = j == 0 ? i : std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (q[i - 1] != t[j - 1])});
            if (i > 1 && j > 1 && q[i - 1] == t[j - 2] && q[i - 2] == t[j - 1]) d = std::min(d, prev2[j - 2] + 1);
            cur[j] = std::min(d, big);
            row_min = std::min(row_min, cur[j]);
        }
        if (row_min > max_d) return big;
    }
    const auto& last = rows[(n + 1) % 3];
    int best = big;
    for (int j = std::max(0, n - max_d); j <= m; ++j) best = std::min(best, last[j]);
    return best;
}

int letter_slot(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    return c >= '0' && c <= '9' ? 26 : 27;
}

// Cheap necessary condition before the distance: each edit can account for at most one of the
// query's letters, so a prefix within `max_d` edits holds all but `max_d` of them (with
// repeats counted) among its first query-length + max_d bytes.
// A swap of neighbours keeps the letters, so it costs nothing here. Spaces are not counted.
bool shares_enough_letters(const std::array<uint8_t, 28>& query_counts, size_t n, size_t window, std::string_view t,
                           int max_d) {
    std::array<uint8_t, 28> used{};
    int matched = 0;
    const size_t m = std::min(t.size(), window);
    for (size_t j = 0; j < m; ++j) {
        int slot = letter_slot(t[j]);
        if (t[j] != ' ' && used[slot] < query_counts[slot]) ++used[slot], ++matched;
    }
    return matched + max_d >= static_cast<int>(n);
}

// popcount(bits) > k for small k: clears k low bits. Without -mpopcnt std::popcount is a
// library call, and this test runs for every word of the index.
bool more_than(uint32_t bits, int k) {
    for (int i = 0; i < k && bits; ++i) bits &= bits - 1;
    return bits != 0;
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

}  // namespace

const char* kind_word(SearchKind kind, std::string_view lang) {
    const bool fr = lang == "fr";
    switch (kind) {
        case SearchKind::Country: return fr ? "pays" : "country";
        case SearchKind::Region: return fr ? "région" : "region";
        case SearchKind::Cercle: return "cercle";
        case SearchKind::Province: return "province";
        case SearchKind::Commune: return "commune";
        case SearchKind::Town: return fr ? "ville" : "town";
        case SearchKind::Village: return "village";
        case SearchKind::Initiative: return "initiative";
        case SearchKind::Corridor: return "corridor";
    }
    return "";
}

int default_importance(SearchKind kind, int place_class) {
    switch (kind) {
        case SearchKind::Country: return 100;
        case SearchKind::Region: return 90;
        case SearchKind::Initiative:
        case SearchKind::Corridor: return 85;
        // Communes before the cercle or province of the same name: the commune is the
        // programme's unit (initiatives sit in communes), and the cercle is one result below.
        case SearchKind::Commune: return 82;
        case SearchKind::Cercle:
        case SearchKind::Province: return 80;
        case SearchKind::Town: return 60 + (place_class >= 1 && place_class <= 4 ? 5 - place_class : 0);
        case SearchKind::Village: return 50;
    }
    return 0;
}

int max_typos(size_t folded_query_length) {
    return folded_query_length < 4 ? 0 : folded_query_length < 8 ? 1 : 2;
}

SearchIndex::SearchIndex(std::vector<SearchEntry> entries) : entries_(std::move(entries)) {
    folded_.reserve(entries_.size());
    for (const auto& e : entries_) folded_.push_back(fold_text(e.name));

    for (const std::string& f : folded_) {
        joined_start_.push_back(joined_.size());
        joined_ += f;
        joined_ += '\n';
    }

    by_name_.resize(entries_.size());
    for (uint32_t i = 0; i < by_name_.size(); ++i) by_name_[i] = i;
    std::sort(by_name_.begin(), by_name_.end(),
              [&](uint32_t a, uint32_t b) { return folded_[a] < folded_[b]; });

    for (uint32_t i = 0; i < folded_.size(); ++i) {
        const std::string& f = folded_[i];
        for (size_t off = 0; off < f.size() && off < 0xFFFF; ++off) {
            if (off > 0 && f[off - 1] != ' ') continue;
            WordRef w{i, static_cast<uint16_t>(off), static_cast<uint32_t>(prefix_masks_.size()),
                      static_cast<uint16_t>(std::min<size_t>(f.size() - off, 0xFFFF))};
            uint32_t m = 0;
            for (size_t j = 0; j < w.length; ++j) prefix_masks_.push_back(m |= letter_bit(f[off + j]));
            all_words_.push_back(w);
            if (off > 0) inner_words_.push_back(w);
        }
    }
    std::sort(inner_words_.begin(), inner_words_.end(),
              [&](const WordRef& a, const WordRef& b) { return suffix(a) < suffix(b); });
}

std::string_view SearchIndex::suffix(const WordRef& w) const {
    return std::string_view(folded_[w.entry]).substr(w.offset);
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, size_t limit) const {
    const std::string q = fold_text(query);
    std::vector<SearchHit> hits;
    if (q.empty() || limit == 0) return hits;

    std::vector<uint32_t> seen(entries_.size(), 0);  // 1 + index in `hits`, 0 when not matched yet
    auto add = [&](uint32_t e, MatchTier tier, int typos) {
        if (seen[e]) {
            // A later word of the same name may be a closer fuzzy match.
            SearchHit& h = hits[seen[e] - 1];
            if (h.tier == MatchTier::Fuzzy && tier == MatchTier::Fuzzy) h.typos = std::min<uint8_t>(h.typos, typos);
            return;
        }
        seen[e] = static_cast<uint32_t>(hits.size()) + 1;
        hits.push_back({e, tier, static_cast<uint8_t>(typos)});
    };

    // Exact and prefix: one range of the names sorted by folded text.
    auto first = std::lower_bound(by_name_.begin(), by_name_.end(), q,
                                  [&](uint32_t e, const std::string& s) { return folded_[e] < s; });
    for (auto it = first; it != by_name_.end() && starts_with(folded_[*it], q); ++it)
        add(*it, folded_[*it].size() == q.size() ? MatchTier::Exact : MatchTier::Prefix, 0);

    // Word prefix ("dioulasso" in "bobo dioulasso"): a range of the sorted inner words.
    if (hits.size() < limit) {
        auto w = std::lower_bound(inner_words_.begin(), inner_words_.end(), q,
                                  [&](const WordRef& r, const std::string& s) { return suffix(r) < s; });
        for (; w != inner_words_.end() && starts_with(suffix(*w), q); ++w) add(w->entry, MatchTier::WordPrefix, 0);
    }

    // Tiers below only matter while the better ones have not filled the list.
    if (hits.size() < limit) {
        // One pass over all names joined by '\n' (which no folded name holds): far fewer
        // calls than a find() per name.
        const std::string_view all(joined_);
        for (size_t at = all.find(q); at != std::string_view::npos;) {
            const uint32_t e = static_cast<uint32_t>(std::upper_bound(joined_start_.begin(), joined_start_.end(), at) -
                                                     joined_start_.begin() - 1);
            if (!seen[e]) add(e, MatchTier::Substring, 0);
            at = all.find(q, joined_start_[e] + folded_[e].size());  // next name: one hit per name
        }
    }

    const int k = max_typos(q.size());
    if (hits.size() < limit && k > 0) {
        const uint32_t qset = letter_set(q);
        std::array<uint8_t, 28> qcounts{};
        for (char c : q)
            if (c != ' ') ++qcounts[letter_slot(c)];
        const size_t letters = q.size() - std::count(q.begin(), q.end(), ' ');
        for (const WordRef& w : all_words_) {
            if ((seen[w.entry] && hits[seen[w.entry] - 1].tier != MatchTier::Fuzzy) || w.length + k < static_cast<int>(q.size())) continue;
            size_t upto = std::min<size_t>(q.size() + k, w.length);
            if (more_than(qset & ~prefix_masks_[w.masks + upto - 1], k)) continue;
            if (!shares_enough_letters(qcounts, letters, q.size() + k, suffix(w), k)) continue;
            int d = prefix_distance(q, suffix(w), k);
            if (d <= k) add(w.entry, MatchTier::Fuzzy, d);
        }
    }

    auto better = [&](const SearchHit& a, const SearchHit& b) {
        if (a.tier != b.tier) return a.tier < b.tier;
        if (a.typos != b.typos) return a.typos < b.typos;
        int ia = entries_[a.entry].importance, ib = entries_[b.entry].importance;
        if (ia != ib) return ia > ib;
        if (folded_[a.entry] != folded_[b.entry]) return folded_[a.entry] < folded_[b.entry];
        return a.entry < b.entry;
    };
    size_t keep = std::min(limit, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + keep, hits.end(), better);
    hits.resize(keep);
    return hits;
}

std::string format_search_result(const SearchEntry& entry, std::string_view lang) {
    std::string out = entry.name;
    out += ", ";
    out += kind_word(entry.kind, lang);
    if (!entry.parent.empty()) out += ", " + entry.parent;
    return out;
}

}  // namespace corridor
