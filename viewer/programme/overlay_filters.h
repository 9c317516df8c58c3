#pragma once
// Which initiatives the map and the lists show: themes switched off in the legend, a year
// range, undated ones on or off, and a search text. GUI-free so tests can check it.
#include <optional>
#include <set>
#include <string>
#include <utility>

#include <nlohmann/json.hpp>

#include "core/programme/initiative_model.h"

namespace corridor {

// The timeline's ends: the programme (2010–2015) and the years its sources were written.
inline constexpr int kFirstYear = 2010, kLastYear = 2018;

// First and last year of a dated initiative; nullopt when not dated.
std::optional<std::pair<int, int>> date_years(const DateInfo& date);

struct OverlayFilters {
    int year_from = kFirstYear, year_to = kLastYear;
    std::set<Theme> hidden_themes;
    bool show_undated = true;
    bool show_corridors = true;
    std::string text;  // as typed; matched accent- and case-insensitively

    // Theme shown, and dates overlapping the year range (undated: when show_undated).
    bool shows(const Initiative& initiative) const;
    // The text is found in the title, summary, partners or id, in either language.
    bool matches_text(const Initiative& initiative) const;
    nlohmann::json to_json() const;
};

}  // namespace corridor
