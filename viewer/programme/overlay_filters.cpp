#include "viewer/programme/overlay_filters.h"

#include <cstdlib>

#include "core/base/text_fold.h"

namespace corridor {

std::optional<std::pair<int, int>> date_years(const DateInfo& date) {
    if (date.status == DateStatus::NotDated || date.start.size() < 4) return std::nullopt;
    int from = std::atoi(date.start.substr(0, 4).c_str());
    int to = date.end.size() >= 4 ? std::atoi(date.end.substr(0, 4).c_str()) : from;
    return std::make_pair(from, std::max(from, to));
}

bool OverlayFilters::shows(const Initiative& initiative) const {
    if (hidden_themes.count(initiative.theme)) return false;
    auto years = date_years(initiative.date);
    if (!years) return show_undated;
    return years->second >= year_from && years->first <= year_to;
}

bool OverlayFilters::matches_text(const Initiative& initiative) const {
    std::string needle = fold_text(text);
    if (needle.empty()) return true;
    std::string hay = initiative.id + " " + initiative.title.fr + " " + initiative.title.en + " " +
                      initiative.summary.fr + " " + initiative.summary.en;
    for (const LocalizedText& p : initiative.partners) hay += " " + p.fr + " " + p.en;
    for (const NamedPoint& p : initiative.points) hay += " " + p.name;
    return fold_text(hay).find(needle) != std::string::npos;
}

nlohmann::json OverlayFilters::to_json() const {
    nlohmann::json hidden = nlohmann::json::array();
    for (Theme t : hidden_themes) hidden.push_back(to_string(t));
    return {{"years", {year_from, year_to}},
            {"themes_hidden", hidden},
            {"text", text},
            {"show_undated", show_undated},
            {"show_corridors", show_corridors}};
}

}  // namespace corridor
