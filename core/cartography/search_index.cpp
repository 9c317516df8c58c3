#include "core/cartography/search_index.h"

#include <algorithm>
#include <array>

#include "core/base/text_fold.h"

namespace corridor {

namespace {

// Fuzzy prefix matching over the words sorted by text, as a walk down the trie they form: the
// dynamic-programming table of the optimal-string-alignment distance (Damerau: a swap of
// neighbours counts as one) between the query and a word's first j bytes is built one column
// per text byte, so words sharing their first bytes share those columns, and once a column's
// minimum exceeds the typo budget no longer text can come back under it (the minimum never
// falls from one column to the next), so every word with that prefix is settled at once.
// Hand-written: no Debian library offers a bounded Damerau prefix distance over a word list.
class FuzzyPrefixWalk {
public:
    static constexpr int kMaxQuery = 62;

    FuzzyPrefixWalk(std::string_view q, int max_typos) : q_(q), k_(max_typos), n_(static_cast<int>(q.size())) {
        for (int i = 0; i <= n_; ++i) col_[0][i] = static_cast<uint8_t>(std::min(i, k_ + 1));
        best_[0] = col_[0][n_];
    }

    // Distance between the query and the nearest prefix of `t` (max_typos + 1 when above).
    // Call with words in sorted order for the sharing to work.
    // `shared`: how many first bytes `t` has in common with the previous word.
    int distance(std::string_view t, size_t shared) {
        t = t.substr(0, std::min<size_t>(t.size(), n_ + k_));  // longer prefixes cost more than k
        const size_t lcp = std::min({shared, t.size(), prev_size_});
        prev_size_ = t.size();
        if (static_cast<int>(lcp) >= settled_at_) return settled_best_;  // same hopeless prefix
        settled_at_ = kNever;
        valid_ = std::min(valid_, static_cast<int>(lcp));
        for (int j = valid_ + 1; j <= static_cast<int>(t.size()); ++j) {
            const int column_min = fill_column(t, j);
            best_[j] = std::min(best_[j - 1], last_row(j));
            valid_ = j;
            if (column_min > k_) {
                settled_at_ = j, settled_best_ = best_[j];
                return settled_best_;
            }
        }
        return best_[t.size()];
    }

private:
    static constexpr int kNever = 1 << 30;

    // Only the band |i - j| <= k can hold values within k; cells just outside it read as k + 1.
    int fill_column(std::string_view t, int j) {
        const int big = k_ + 1;
        const char c = t[j - 1];
        uint8_t* cur = col_[j];
        const uint8_t* left = col_[j - 1];
        const int lo = std::max(0, j - k_), hi = std::min(n_, j + k_);
        int column_min = big;
        int i = lo;
        if (lo == 0) {
            cur[0] = static_cast<uint8_t>(std::min(j, big));
            column_min = cur[0];
            i = 1;
        } else {
            cur[lo - 1] = static_cast<uint8_t>(big);
        }
        for (; i <= hi; ++i) {
            int d = std::min({left[i] + 1, cur[i - 1] + 1, left[i - 1] + (q_[i - 1] != c)});
            if (i > 1 && j > 1 && q_[i - 1] == t[j - 2] && q_[i - 2] == c) d = std::min(d, col_[j - 2][i - 2] + 1);
            cur[i] = static_cast<uint8_t>(std::min(d, big));
            column_min = std::min(column_min, d);
        }
        for (int e = hi + 1; e <= std::min(n_, hi + 2); ++e) cur[e] = static_cast<uint8_t>(big);
        return column_min;
    }

    // Last row of column j: the distance to the text's first j bytes.
    uint8_t last_row(int j) const { return j >= n_ - k_ ? col_[j][n_] : static_cast<uint8_t>(k_ + 1); }

    std::string_view q_;
    size_t prev_size_ = 0;
    int k_, n_;
    int valid_ = 0;  // columns 0..valid_ hold the previous word's first bytes
    int settled_at_ = kNever, settled_best_ = 0;
    uint8_t col_[kMaxQuery + 4][kMaxQuery + 1];  // column j: text's first j bytes
    uint8_t best_[kMaxQuery + 4];                 // smallest last-row value in columns 0..j
};

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
        case SearchKind::River: return fr ? "cours d'eau" : "river";
        case SearchKind::Lake: return fr ? "lac" : "lake";
    }
    return "";
}

int default_importance(SearchKind kind, int place_class) {
    switch (kind) {
        case SearchKind::Country: return 100;
        case SearchKind::Region: return 93;  // before its capital town of the same name
        case SearchKind::Initiative:
        case SearchKind::Corridor: return 85;
        // Communes before the cercle or province of the same name: the commune is the
        // programme's unit (initiatives sit in communes), and the cercle is one result below.
        case SearchKind::Commune: return 82;
        case SearchKind::Cercle:
        case SearchKind::Province: return 80;
        case SearchKind::Town:
        case SearchKind::Village:
            switch (place_class) {
                case 1: return 97;  // capital
                case 2: return 92;  // regional capital
                case 3: return 84;  // cercle or province seat
                case 4: return 78;  // commune seat
                default: return kind == SearchKind::Town ? 60 : 50;
            }
        // A river or lake after the regional capitals, before the small towns.
        case SearchKind::River:
        case SearchKind::Lake: return 62;
    }
    return 0;
}

int town_importance(int place_class, long population) {
    const int bonus = population >= 1000000 ? 3 : population >= 100000 ? 2 : population >= 10000 ? 1 : 0;
    return default_importance(place_class >= 1 && place_class <= 4 ? SearchKind::Town : SearchKind::Village,
                              place_class) + bonus;
}

int match_cost(MatchTier tier, int typos) {
    switch (tier) {
        case MatchTier::Exact:
        case MatchTier::Prefix: return 0;
        case MatchTier::WordPrefix: return 4;
        case MatchTier::Substring: return 12;
        case MatchTier::Fuzzy: return 8 + 10 * typos;
    }
    return 0;
}

int max_typos(size_t folded_query_length) {
    return folded_query_length < 4 ? 0 : folded_query_length < 8 ? 1 : 2;
}

SearchIndex::SearchIndex(std::vector<SearchEntry> entries) : SearchIndex(std::move(entries), 0, {}) {}

SearchIndex::SearchIndex(std::vector<SearchEntry> entries, size_t sorted_entries,
                         const std::vector<WordStart>& word_order)
    : entries_(std::move(entries)) {
    folded_.reserve(entries_.size());
    for (uint32_t i = 0; i < entries_.size(); ++i) {
        key_of_name_.push_back(static_cast<uint32_t>(folded_.size()));
        folded_.push_back(fold_text(entries_[i].name));
        key_entry_.push_back(i);
        for (const std::string& alt : entries_[i].alt_names) {
            std::string f = fold_text(alt);
            if (f.empty() || f == folded_[key_of_name_[i]]) continue;
            folded_.push_back(std::move(f));
            key_entry_.push_back(i);
        }
    }

    for (const std::string& f : folded_) {
        joined_start_.push_back(joined_.size());
        joined_ += f;
        joined_ += '\n';
    }

    // Every word start sorted once (the given order's, merged with the rest sorted here); the
    // names and the inner words are its offset-0 and later words, in the same order.
    const uint32_t sorted_keys =
        sorted_entries < entries_.size() ? key_of_name_[sorted_entries] : uint32_t(folded_.size());
    std::vector<WordRef> kept = checked_order(word_order, sorted_keys);
    std::vector<WordRef> rest = words_of_keys(kept.empty() ? 0 : sorted_keys);
    auto in_order = [this](const WordRef& a, const WordRef& b) { return word_before(a, b); };
    std::sort(rest.begin(), rest.end(), in_order);
    all_words_.resize(kept.size() + rest.size());
    std::merge(kept.begin(), kept.end(), rest.begin(), rest.end(), all_words_.begin(), in_order);

    by_name_.reserve(folded_.size());
    for (uint32_t i = 0; i < folded_.size(); ++i)
        if (folded_[i].empty()) by_name_.push_back(i);  // no word in it; "" sorts first
    for (const WordRef& w : all_words_) {
        if (w.offset == 0) by_name_.push_back(w.entry);
        else inner_words_.push_back(w);
    }
    // Their first bytes in one buffer, in that order, with the length each shares with the one
    // before: the walk then reads memory in sequence instead of chasing every name.
    constexpr size_t kWindow = FuzzyPrefixWalk::kMaxQuery + 2;
    std::string_view before;
    for (const WordRef& w : all_words_) {
        const std::string_view t = suffix(w).substr(0, kWindow);
        size_t shared = 0;
        while (shared < t.size() && shared < before.size() && t[shared] == before[shared]) ++shared;
        fuzzy_start_.push_back(static_cast<uint32_t>(fuzzy_text_.size()));
        fuzzy_shared_.push_back(static_cast<uint8_t>(shared));
        fuzzy_text_ += t;
        before = t;
    }
    fuzzy_start_.push_back(static_cast<uint32_t>(fuzzy_text_.size()));
}

std::string_view SearchIndex::suffix(const WordRef& w) const {
    return std::string_view(folded_[w.entry]).substr(w.offset);
}

namespace {
// A word starts the folded text or follows a space (folding turns other separators to spaces).
bool word_starts_at(const std::string& folded, size_t offset) { return offset == 0 || folded[offset - 1] == ' '; }
}  // namespace

bool SearchIndex::word_before(const WordRef& a, const WordRef& b) const {
    if (const int c = suffix(a).compare(suffix(b)); c != 0) return c < 0;
    return a.entry != b.entry ? a.entry < b.entry : a.offset < b.offset;
}

std::vector<SearchIndex::WordRef> SearchIndex::words_of_keys(uint32_t first_key) const {
    std::vector<WordRef> out;
    for (uint32_t i = first_key; i < folded_.size(); ++i) {
        const std::string& f = folded_[i];
        for (size_t off = 0; off < f.size() && off < 0xFFFF; ++off) {
            if (!word_starts_at(f, off)) continue;
            out.push_back({i, static_cast<uint16_t>(off), static_cast<uint16_t>(std::min<size_t>(f.size() - off, 0xFFFF))});
        }
    }
    return out;
}

std::vector<SearchIndex::WordRef> SearchIndex::checked_order(const std::vector<WordStart>& order, uint32_t sorted_keys) const {
    if (order.empty() || sorted_keys > folded_.size()) return {};
    size_t words = 0;  // word starts in those keys, as words_of_keys counts them
    for (uint32_t i = 0; i < sorted_keys; ++i)
        for (size_t off = 0; off < folded_[i].size() && off < 0xFFFF; ++off) words += word_starts_at(folded_[i], off);
    if (order.size() != words) return {};
    std::vector<WordRef> out;
    out.reserve(order.size());
    for (const WordStart& w : order) {
        if (w.key >= sorted_keys) return {};
        const std::string& f = folded_[w.key];
        if (w.offset >= f.size() || !word_starts_at(f, w.offset)) return {};
        out.push_back({w.key, w.offset, static_cast<uint16_t>(std::min<size_t>(f.size() - w.offset, 0xFFFF))});
        // Strictly increasing in a total order: no word twice, so with the count, every word once.
        if (out.size() > 1 && !word_before(out[out.size() - 2], out.back())) return {};
    }
    return out;
}

std::vector<SearchIndex::WordStart> SearchIndex::word_order(size_t entries) const {
    const uint32_t keys = entries < entries_.size() ? key_of_name_[entries] : uint32_t(folded_.size());
    std::vector<WordStart> out;
    for (const WordRef& w : all_words_)
        if (w.entry < keys) out.push_back({w.entry, w.offset});
    return out;
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, size_t limit) const {
    const std::string q = fold_text(query);
    std::vector<SearchHit> hits;
    if (q.empty() || limit == 0) return hits;

    std::vector<uint32_t> seen(entries_.size(), 0);  // 1 + index in `hits`, 0 when not matched yet
    auto add = [&](uint32_t key, MatchTier tier, int typos) {
        const uint32_t e = key_entry_[key];
        if (seen[e]) {
            SearchHit& h = hits[seen[e] - 1];
            // An alternative spelling may match better than the name (or the other way round).
            if (tier < h.tier || (tier == h.tier && typos < h.typos)) h.tier = tier, h.typos = static_cast<uint8_t>(typos);
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
    // Every tier runs whatever the count so far: an important place matched loosely can
    // outrank a village matched by its first letters.
    {
        auto w = std::lower_bound(inner_words_.begin(), inner_words_.end(), q,
                                  [&](const WordRef& r, const std::string& s) { return suffix(r) < s; });
        for (; w != inner_words_.end() && starts_with(suffix(*w), q); ++w) add(w->entry, MatchTier::WordPrefix, 0);
    }

    // Substrings of one or two letters are in most names and rank below any prefix: only
    // while the prefixes have not filled the list.
    if (q.size() >= 3 || hits.size() < limit) {
        // One pass over all names joined by '\n' (which no folded name holds): far fewer
        // calls than a find() per name.
        const std::string_view all(joined_);
        for (size_t at = all.find(q); at != std::string_view::npos;) {
            const uint32_t e = static_cast<uint32_t>(std::upper_bound(joined_start_.begin(), joined_start_.end(), at) -
                                                     joined_start_.begin() - 1);
            add(e, MatchTier::Substring, 0);
            at = all.find(q, joined_start_[e] + folded_[e].size());  // next name: one hit per name
        }
    }

    const int k = max_typos(q.size());
    if (k > 0 && q.size() <= FuzzyPrefixWalk::kMaxQuery) {
        FuzzyPrefixWalk walk(q, k);
        for (size_t i = 0; i < all_words_.size(); ++i) {
            const WordRef& w = all_words_[i];
            const std::string_view text(fuzzy_text_.data() + fuzzy_start_[i], fuzzy_start_[i + 1] - fuzzy_start_[i]);
            const int d = walk.distance(text, fuzzy_shared_[i]);
            if (d > k) continue;
            add(w.entry, MatchTier::Fuzzy, d);
        }
    }

    auto score = [&](const SearchHit& h) { return entries_[h.entry].importance - match_cost(h.tier, h.typos); };
    auto better = [&](const SearchHit& a, const SearchHit& b) {
        const bool ea = a.tier == MatchTier::Exact, eb = b.tier == MatchTier::Exact;
        if (ea != eb) return ea;  // the very name typed comes first
        const int sa = score(a), sb = score(b);
        if (sa != sb) return sa > sb;
        if (a.tier != b.tier) return a.tier < b.tier;
        const std::string& na = folded_name(a.entry);
        const std::string& nb = folded_name(b.entry);
        if (na != nb) return na < nb;
        return a.entry < b.entry;
    };
    size_t keep = std::min(limit, hits.size());
    std::partial_sort(hits.begin(), hits.begin() + keep, hits.end(), better);
    hits.resize(keep);
    return hits;
}

const std::string& shown_name(const SearchEntry& entry, std::string_view lang) {
    return lang == "en" && !entry.name_en.empty() ? entry.name_en : entry.name;
}

std::string format_search_result(const SearchEntry& entry, std::string_view lang) {
    std::string out = shown_name(entry, lang);
    out += ", ";
    out += kind_word(entry.kind, lang);
    if (!entry.parent.empty()) out += ", " + entry.parent;
    return out;
}

}  // namespace corridor
