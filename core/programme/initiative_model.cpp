#include "core/programme/initiative_model.h"

#include <array>
#include <cstdlib>

namespace corridor {

namespace {

struct ThemeInfo {
    Theme theme;
    const char* id;
    const char* fr;
    const char* en;
};

constexpr std::array<ThemeInfo, 7> kThemes{{
    {Theme::Governance, "governance", "Gouvernance", "Governance"},
    {Theme::EconomicInfrastructure, "economic_infrastructure", "Infrastructure économique", "Economic infrastructure"},
    {Theme::Training, "training", "Formation", "Training"},
    {Theme::Tourism, "tourism", "Tourisme", "Tourism"},
    {Theme::Institution, "institution", "Institution", "Institution"},
    {Theme::Corridor, "corridor", "Corridor", "Corridor"},
    {Theme::Event, "event", "Événement", "Event"},
}};

const char* kMonthsFr[] = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                           "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
const char* kMonthsEn[] = {"January", "February", "March",     "April",   "May",      "June",
                           "July",    "August",   "September", "October", "November", "December"};

// "2013-06" -> "juin 2013" / "June 2013"; "2013-01-09" -> "9 janvier 2013" / "9 January 2013".
std::string format_iso(const std::string& iso, Lang lang) {
    std::string year = iso.substr(0, 4);
    if (iso.size() < 7) return year;
    int month = std::atoi(iso.substr(5, 2).c_str());
    if (month < 1 || month > 12) return iso;
    std::string name = lang == Lang::Fr ? kMonthsFr[month - 1] : kMonthsEn[month - 1];
    if (iso.size() < 10) return name + " " + year;
    int day = std::atoi(iso.substr(8, 2).c_str());
    std::string d = std::to_string(day);
    if (lang == Lang::Fr && day == 1) d = "1er";
    return d + " " + name + " " + year;
}

}  // namespace

const char* to_string(Theme theme) {
    for (const auto& t : kThemes)
        if (t.theme == theme) return t.id;
    return "event";
}

std::optional<Theme> theme_from_string(std::string_view s) {
    for (const auto& t : kThemes)
        if (s == t.id) return t.theme;
    return std::nullopt;
}

const std::vector<Theme>& all_themes() {
    static const std::vector<Theme> themes = [] {
        std::vector<Theme> v;
        for (const auto& t : kThemes) v.push_back(t.theme);
        return v;
    }();
    return themes;
}

LocalizedText theme_label(Theme theme) {
    for (const auto& t : kThemes)
        if (t.theme == theme) return {t.fr, t.en};
    return {};
}

std::string format_date(const DateInfo& date, Lang lang) {
    if (date.status == DateStatus::NotDated) return lang == Lang::Fr ? "non daté" : "not dated";
    std::string text = format_iso(date.start, lang);
    if (!date.end.empty()) text += " – " + format_iso(date.end, lang);
    if (date.status == DateStatus::Approximate) text = (lang == Lang::Fr ? "vers " : "around ") + text;
    return text;
}

std::vector<LonLat> Corridor::line() const {
    std::vector<LonLat> points;
    for (const auto& t : towns) points.push_back(t.position);
    return points;
}

}  // namespace corridor
