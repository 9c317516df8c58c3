#include "core/programme/initiative_reader.h"

#include "core/programme/json_checks.h"

namespace corridor {

using nlohmann::json;

bool valid_iso_date(const std::string& iso, DatePrecision precision) {
    size_t want = precision == DatePrecision::Year ? 4 : precision == DatePrecision::Month ? 7 : 10;
    if (iso.size() != want) return false;
    for (size_t i = 0; i < iso.size(); ++i) {
        bool dash = i == 4 || i == 7;
        if (dash ? iso[i] != '-' : (iso[i] < '0' || iso[i] > '9')) return false;
    }
    if (precision == DatePrecision::Year) return true;
    int year = std::stoi(iso.substr(0, 4)), month = std::stoi(iso.substr(5, 2));
    if (month < 1 || month > 12) return false;
    if (precision == DatePrecision::Month) return true;
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    int day = std::stoi(iso.substr(8, 2));
    return day >= 1 && day <= kDays[month - 1] + (month == 2 && leap);
}

namespace {

bool read_date(JsonChecker& check, const json& entry, const std::string& pointer, DateInfo& out) {
    const json* v = check.member(entry, pointer, "date", true);
    if (!v) return false;
    std::string p = json_pointer_append(pointer, "date");
    if (!check.is_object(*v, p)) return false;
    check.check_members(*v, p, {"status", "start", "end", "precision", "note"});
    std::string status;
    if (!check.read_string(*v, p, "status", status, true)) return false;
    bool ok = check.read_text(*v, p, "note", out.note, false);
    if (status == "not_dated") {
        out.status = DateStatus::NotDated;
        for (const char* key : {"start", "end", "precision"})
            if (v->contains(key)) {
                check.error(json_pointer_append(p, key), std::string("\"") + key + "\" given for a date marked not_dated");
                ok = false;
            }
        return ok;
    }
    if (status == "dated") out.status = DateStatus::Dated;
    else if (status == "approximate") out.status = DateStatus::Approximate;
    else {
        check.error(json_pointer_append(p, "status"),
                    "unknown date status \"" + status + "\" (expected not_dated, dated or approximate)");
        return false;
    }
    std::string precision;
    if (!check.read_string(*v, p, "precision", precision, true)) return false;
    if (precision == "year") out.precision = DatePrecision::Year;
    else if (precision == "month") out.precision = DatePrecision::Month;
    else if (precision == "day") out.precision = DatePrecision::Day;
    else {
        check.error(json_pointer_append(p, "precision"),
                    "unknown date precision \"" + precision + "\" (expected year, month or day)");
        return false;
    }
    static const char* kForm[] = {"YYYY", "YYYY-MM", "YYYY-MM-DD"};
    for (const char* key : {"start", "end"}) {
        std::string& iso = key[0] == 's' ? out.start : out.end;
        if (!check.read_string(*v, p, key, iso, key[0] == 's')) {
            ok = false;
        } else if (!iso.empty() && !valid_iso_date(iso, out.precision)) {
            check.error(json_pointer_append(p, key), "bad date \"" + iso + "\": expected a real date written " +
                                                         kForm[int(out.precision)] + " (precision " + precision + ")");
            ok = false;
        }
    }
    if (ok && !out.end.empty() && out.end < out.start) {
        check.error(json_pointer_append(p, "end"), "bad date: end " + out.end + " is before start " + out.start);
        ok = false;
    }
    return ok;
}

bool read_where(JsonChecker& check, const json& entry, const std::string& pointer, const KnownPcode& known_pcode,
                Initiative& out) {
    const json* v = check.member(entry, pointer, "where", true);
    if (!v) return false;
    std::string p = json_pointer_append(pointer, "where");
    if (!check.is_object(*v, p)) return false;
    check.check_members(*v, p, {"communes", "points", "note"});
    bool ok = check.read_string_list(*v, p, "communes", out.communes, true);
    for (size_t i = 0; i < out.communes.size(); ++i)
        if (known_pcode && !known_pcode(out.communes[i])) {
            check.error(json_pointer_append(json_pointer_append(p, "communes"), i),
                        "unknown commune P-code \"" + out.communes[i] + "\" (not in the commune layers)");
            ok = false;
        }
    ok = check.read_text(*v, p, "note", out.where_note, false) && ok;
    const json* points = check.member(*v, p, "points", false);
    if (!points) return ok;
    std::string pp = json_pointer_append(p, "points");
    if (!points->is_array()) {
        check.error(pp, std::string("expected an array of points, found ") + json_type_name(*points));
        return false;
    }
    for (size_t i = 0; i < points->size(); ++i) {
        std::string ip = json_pointer_append(pp, i);
        if (!check.is_object((*points)[i], ip)) {
            ok = false;
            continue;
        }
        check.check_members((*points)[i], ip, {"name", "lon", "lat"});
        NamedPoint point;
        ok = check.read_string((*points)[i], ip, "name", point.name, true) && ok;
        ok = check.read_lon_lat((*points)[i], ip, point.position) && ok;
        out.points.push_back(point);
    }
    return ok;
}

// Reads one entry; false (with errors) when anything is wrong, so the caller skips it.
bool read_initiative(JsonChecker& check, const json& entry, const std::string& p, const KnownPcode& known_pcode,
                     Initiative& out) {
    if (!check.is_object(entry, p)) return false;
    check.check_members(entry, p,
                        {"id", "title", "summary", "theme", "partners", "date", "where", "corridor", "sources"});
    check.read_string(entry, p, "id", out.id, true);
    check.read_text(entry, p, "title", out.title, true);
    check.read_text(entry, p, "summary", out.summary, true);
    std::string theme;
    if (check.read_string(entry, p, "theme", theme, true)) {
        if (auto t = theme_from_string(theme)) out.theme = *t;
        else {
            std::string allowed;
            for (Theme t : all_themes()) allowed += std::string(allowed.empty() ? "" : ", ") + to_string(t);
            check.error(json_pointer_append(p, "theme"), "unknown theme \"" + theme + "\" (allowed: " + allowed + ")");
        }
    }
    check.read_text_list(entry, p, "partners", out.partners, false);
    read_date(check, entry, p, out.date);
    read_where(check, entry, p, known_pcode, out);
    check.read_string(entry, p, "corridor", out.corridor, false);
    check.read_sources(entry, p, out.sources);
    return !check.failed();
}

std::vector<Initiative> read_initiatives(const JsonDocument& doc, const KnownPcode& known_pcode,
                                         Diagnostics& diag) {
    return read_entries<Initiative>(doc, "initiatives", diag, [&](JsonChecker& check, const json& entry,
                                                                  const std::string& p, Initiative& out) {
        return read_initiative(check, entry, p, known_pcode, out);
    });
}

}  // namespace

std::vector<Initiative> parse_initiatives(const std::string& text, const std::string& file,
                                          const KnownPcode& known_pcode, Diagnostics& diag) {
    auto doc = parse_json_document(text, file, diag);
    return doc ? read_initiatives(*doc, known_pcode, diag) : std::vector<Initiative>{};
}

std::vector<Initiative> load_initiatives(const std::filesystem::path& path, const KnownPcode& known_pcode,
                                         Diagnostics& diag) {
    auto doc = read_json_document(path, diag);
    return doc ? read_initiatives(*doc, known_pcode, diag) : std::vector<Initiative>{};
}

}  // namespace corridor
