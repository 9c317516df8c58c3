#include "core/programme/corridor_reader.h"

#include <algorithm>

#include "core/programme/json_checks.h"

namespace corridor {

using nlohmann::json;

namespace {

bool read_towns(JsonChecker& check, const json& entry, const std::string& pointer, const KnownPcode& known_pcode,
                std::vector<CorridorTown>& out) {
    const json* v = check.member(entry, pointer, "towns", true);
    if (!v) return false;
    std::string p = json_pointer_append(pointer, "towns");
    if (!v->is_array() || v->size() < 2) {
        check.error(p, v->is_array() ? "a corridor needs at least two towns"
                                     : std::string("expected an array of towns, found ") + json_type_name(*v));
        return false;
    }
    bool ok = true;
    for (size_t i = 0; i < v->size(); ++i) {
        std::string tp = json_pointer_append(p, i);
        if (!check.is_object((*v)[i], tp)) {
            ok = false;
            continue;
        }
        const json& t = (*v)[i];
        check.check_members(t, tp, {"name", "lon", "lat", "commune"});
        CorridorTown town;
        ok = check.read_string(t, tp, "name", town.name, true) && ok;
        ok = check.read_lon_lat(t, tp, town.position) && ok;
        if (check.read_string(t, tp, "commune", town.commune, true)) {
            if (known_pcode && !known_pcode(town.commune)) {
                check.error(json_pointer_append(tp, "commune"),
                            "unknown commune P-code \"" + town.commune + "\" (not in the commune layers)");
                ok = false;
            }
        } else {
            ok = false;
        }
        out.push_back(town);
    }
    return ok;
}

bool read_corridor(JsonChecker& check, const json& entry, const std::string& p, const KnownPcode& known_pcode,
                   Corridor& out) {
    if (!check.is_object(entry, p)) return false;
    check.check_members(entry, p,
                        {"id", "name", "purpose", "status", "line_note", "indicative", "context", "towns",
                         "initiatives", "sources"});
    check.read_string(entry, p, "id", out.id, true);
    check.read_text(entry, p, "name", out.name, true);
    check.read_text(entry, p, "purpose", out.purpose, true);
    check.read_text(entry, p, "status", out.status, true);
    check.read_text(entry, p, "line_note", out.line_note, true);
    check.read_bool(entry, p, "indicative", out.indicative, true);
    check.read_bool(entry, p, "context", out.context, false);
    read_towns(check, entry, p, known_pcode, out.towns);
    check.read_string_list(entry, p, "initiatives", out.initiatives, false);
    check.read_sources(entry, p, out.sources);
    return !check.failed();
}

std::vector<Corridor> read_corridors(const JsonDocument& doc, const KnownPcode& known_pcode, Diagnostics& diag) {
    return read_entries<Corridor>(doc, "corridors", diag, [&](JsonChecker& check, const json& entry,
                                                              const std::string& p, Corridor& out) {
        return read_corridor(check, entry, p, known_pcode, out);
    });
}

}  // namespace

std::vector<Corridor> parse_corridors(const std::string& text, const std::string& file,
                                      const KnownPcode& known_pcode, Diagnostics& diag) {
    auto doc = parse_json_document(text, file, diag);
    return doc ? read_corridors(*doc, known_pcode, diag) : std::vector<Corridor>{};
}

std::vector<Corridor> load_corridors(const std::filesystem::path& path, const KnownPcode& known_pcode,
                                     Diagnostics& diag) {
    auto doc = read_json_document(path, diag);
    return doc ? read_corridors(*doc, known_pcode, diag) : std::vector<Corridor>{};
}

void check_links(const std::vector<Initiative>& initiatives, const std::string& initiatives_file,
                 const std::vector<Corridor>& corridors, const std::string& corridors_file, Diagnostics& diag) {
    auto has_corridor = [&](const std::string& id) {
        return std::any_of(corridors.begin(), corridors.end(), [&](const Corridor& c) { return c.id == id; });
    };
    auto has_initiative = [&](const std::string& id) {
        return std::any_of(initiatives.begin(), initiatives.end(), [&](const Initiative& i) { return i.id == id; });
    };
    for (const auto& i : initiatives)
        if (!i.corridor.empty() && !has_corridor(i.corridor))
            diag.warning(initiatives_file, "initiative \"" + i.id + "\"",
                         "corridor \"" + i.corridor + "\" is not in " + corridors_file);
    for (const auto& c : corridors)
        for (const auto& id : c.initiatives)
            if (!has_initiative(id))
                diag.warning(corridors_file, "corridor \"" + c.id + "\"",
                             "initiative \"" + id + "\" is not in " + initiatives_file);
}

}  // namespace corridor
