#pragma once
// The project's own programme data: MPED initiatives (geodata/initiatives.json) and corridors
// (geodata/corridors.json), as read and checked by initiative_reader / corridor_reader.
// docs/data-format.md documents the JSON. Every text exists in French and English.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/base/geo_types.h"

namespace corridor {

enum class Lang { Fr, En };

// Answers whether a commune P-code exists in the loaded boundaries. Tests pass a set; the app
// passes [&](auto& p) { return geodata.commune(p) != nullptr; }. An empty function checks nothing.
using KnownPcode = std::function<bool(const std::string&)>;

struct LocalizedText {
    std::string fr, en;
    const std::string& in(Lang lang) const { return lang == Lang::Fr ? fr : en; }
    bool empty() const { return fr.empty() && en.empty(); }
};

enum class Theme { Governance, EconomicInfrastructure, Training, Tourism, Institution, Corridor, Event };

const char* to_string(Theme theme);                          // "economic_infrastructure", ...
std::optional<Theme> theme_from_string(std::string_view s);  // nullopt if unknown
const std::vector<Theme>& all_themes();
LocalizedText theme_label(Theme theme);                      // "Formation" / "Training"

// A date as the sources give it: a day, a month or a year, "around" a year, or none.
enum class DateStatus { NotDated, Dated, Approximate };
enum class DatePrecision { Year, Month, Day };

struct DateInfo {
    DateStatus status = DateStatus::NotDated;
    DatePrecision precision = DatePrecision::Year;
    std::string start, end;  // ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD" at `precision`; end may be empty
    LocalizedText note;      // optional context, e.g. "during the programme (2010–2015)"
};

// "juin 2013" / "June 2013", "vers 2013" / "around 2013", "non daté" / "not dated", ranges "A – B".
std::string format_date(const DateInfo& date, Lang lang);

struct NamedPoint {
    std::string name;
    LonLat position;
};

struct Source {
    std::string title;      // exactly as the fact sheet names the page or article
    std::string publisher;  // "FCM", "maliweb.net"; may be empty
    LocalizedText note;     // "page mise à jour le 10/01/2017" / "page updated 10/01/2017"; may be empty
    std::string url;        // the page itself, never a bare site; empty when the page address is not known
};

struct Initiative {
    std::string id;  // slug, unique in the file
    LocalizedText title, summary;
    Theme theme = Theme::Event;
    std::vector<LocalizedText> partners;  // as the source names them, in both languages
    DateInfo date;
    std::vector<std::string> communes;  // commune P-codes; empty when the source names no place
    std::vector<NamedPoint> points;
    LocalizedText where_note;           // e.g. "No place named"; may be empty
    std::string corridor;               // id in corridors.json, or empty
    std::vector<Source> sources;        // at least one

    bool has_place() const { return !communes.empty() || !points.empty(); }
};

struct CorridorTown {
    std::string name;
    LonLat position;
    std::string commune;  // P-code of the commune holding the town
};

struct Corridor {
    std::string id;
    LocalizedText name, purpose, status;
    LocalizedText line_note;          // what the drawn line means (never a surveyed route)
    bool indicative = false;          // true: the sources name no towns; ours are reference places
    bool context = false;             // true: related but not MPED (shown as context only)
    std::vector<CorridorTown> towns;  // in order along the corridor, at least two
    std::vector<std::string> initiatives;  // ids in initiatives.json
    std::vector<Source> sources;

    std::vector<LonLat> line() const;  // the towns' positions in order
};

}  // namespace corridor
