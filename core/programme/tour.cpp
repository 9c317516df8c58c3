#include "core/programme/tour.h"

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/base/json_text.h"

namespace corridor {

using nlohmann::json;

size_t utf8_length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;  // count every byte that starts a character
    return n;
}

namespace {

constexpr size_t kMaxTitleChars = 60;  // readable from the back of a room on a projector
constexpr size_t kMaxTextChars = 280;

// Reports problems with the file, the JSON path and its line, and remembers whether any was an error.
struct Checker {
    const JsonLineMap lines;
    const std::string& file;
    Diagnostics& diagnostics;
    bool ok = true;

    void error(const std::string& pointer, const std::string& message) {
        diagnostics.error(file, json_where(lines, pointer), message);
        ok = false;
    }
    void warning(const std::string& pointer, const std::string& message) {
        diagnostics.warning(file, json_where(lines, pointer), message);
    }

    // `value` must be an object; warns about keys outside `known` (usually typos).
    bool object(const json& value, const std::string& pointer, std::initializer_list<const char*> known) {
        if (!value.is_object()) {
            error(pointer, std::string("expected an object, found ") + value.type_name());
            return false;
        }
        for (const auto& item : value.items()) {
            bool listed = false;
            for (const char* k : known) listed = listed || item.key() == k;
            if (!listed) warning(json_pointer_append(pointer, item.key()), "unknown key '" + item.key() + "' ignored");
        }
        return true;
    }

    // A required member; reports it missing.
    const json* member(const json& obj, const std::string& pointer, const char* key) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            error(pointer, std::string("missing '") + key + "'");
            return nullptr;
        }
        return &*it;
    }

    std::optional<std::string> string(const json& value, const std::string& pointer) {
        if (!value.is_string()) {
            error(pointer, std::string("expected a string, found ") + value.type_name());
            return std::nullopt;
        }
        if (value.get_ref<const std::string&>().empty()) {
            error(pointer, "empty text");
            return std::nullopt;
        }
        return value.get<std::string>();
    }

    std::optional<double> number(const json& value, const std::string& pointer) {
        if (!value.is_number()) {
            error(pointer, std::string("expected a number, found ") + value.type_name());
            return std::nullopt;
        }
        return value.get<double>();
    }

    std::optional<std::string> string_member(const json& obj, const std::string& pointer, const char* key) {
        const json* v = member(obj, pointer, key);
        return v ? string(*v, pointer + "/" + key) : std::nullopt;
    }
};

Bilingual read_caption_part(Checker& c, const json& caption, const std::string& pointer, const char* part,
                            size_t max_chars) {
    Bilingual out;
    for (const char* lang : {"fr", "en"}) {
        auto block = caption.find(lang);
        if (block == caption.end() || !block->is_object()) continue;  // reported once by the caller
        std::string p = pointer + "/" + lang + "/" + part;
        auto s = c.string_member(*block, pointer + "/" + lang, part);
        if (!s) continue;
        if (utf8_length(*s) > max_chars)
            c.warning(p, std::to_string(utf8_length(*s)) + " characters, more than " + std::to_string(max_chars) +
                             " are hard to read on a projector");
        (std::string_view(lang) == "fr" ? out.fr : out.en) = *s;
    }
    return out;
}

void read_caption(Checker& c, const json& step, const std::string& pointer, TourStep& out) {
    const json* caption = c.member(step, pointer, "caption");
    if (!caption) return;
    std::string p = pointer + "/caption";
    if (!c.object(*caption, p, {"fr", "en"})) return;
    for (const char* lang : {"fr", "en"}) {
        auto block = caption->find(lang);
        if (block == caption->end())
            c.error(p + "/" + lang, std::string("missing language '") + lang + "'");
        else
            c.object(*block, p + "/" + lang, {"title", "text"});
    }
    out.title = read_caption_part(c, *caption, p, "title", kMaxTitleChars);
    out.text = read_caption_part(c, *caption, p, "text", kMaxTextChars);
}

// Reports `id` unknown when a check is given and says no.
void check_reference(Checker& c, const std::function<bool(const std::string&)>& known, const std::string& id,
                     const std::string& pointer, const char* what) {
    if (known && !known(id)) c.error(pointer, std::string("unknown ") + what + " '" + id + "'");
}

void read_box(Checker& c, const json& target, const std::string& pointer, LonLatBox& box) {
    double* fields[] = {&box.west, &box.south, &box.east, &box.north};
    const char* names[] = {"west", "south", "east", "north"};
    bool all = true;
    for (int i = 0; i < 4; ++i) {
        const json* v = c.member(target, pointer, names[i]);
        auto n = v ? c.number(*v, pointer + "/" + names[i]) : std::nullopt;
        if (n) *fields[i] = *n;
        all = all && n.has_value();
    }
    if (!all) return;
    for (int i = 0; i < 4; ++i) {
        double limit = (i % 2 == 0) ? 180 : 90;  // west/east are longitudes, south/north latitudes
        if (*fields[i] < -limit || *fields[i] > limit)
            c.error(pointer + "/" + names[i], std::string("bad box: ") + names[i] + " " + std::to_string(*fields[i]) +
                                                   " is outside -" + std::to_string(int(limit)) + ".." +
                                                   std::to_string(int(limit)) + " degrees");
    }
    if (box.west >= box.east) c.error(pointer, "bad box: west must be less than east");
    if (box.south >= box.north) c.error(pointer, "bad box: south must be less than north");
}

void read_target(Checker& c, const TourReferences& refs, const json& step, const std::string& pointer,
                 TourTarget& out) {
    const json* target = c.member(step, pointer, "target");
    if (!target) return;
    std::string p = pointer + "/target";
    if (!target->is_object()) {
        c.error(p, std::string("expected an object, found ") + target->type_name());
        return;
    }
    auto kind = c.string_member(*target, p, "kind");
    if (!kind) return;
    if (*kind == "box") {
        out.kind = TourTargetKind::Box;
        c.object(*target, p, {"kind", "west", "south", "east", "north"});
        read_box(c, *target, p, out.box);
        return;
    }
    struct Kind { const char* name; TourTargetKind kind; const std::function<bool(const std::string&)>* known; const char* what; };
    const Kind kinds[] = {{"commune", TourTargetKind::Commune, &refs.is_commune, "commune P-code"},
                          {"initiative", TourTargetKind::Initiative, &refs.is_initiative, "initiative"},
                          {"corridor", TourTargetKind::Corridor, &refs.is_corridor, "corridor"}};
    for (const Kind& k : kinds) {
        if (*kind != k.name) continue;
        out.kind = k.kind;
        c.object(*target, p, {"kind", "id"});
        if (auto id = c.string_member(*target, p, "id")) {
            out.id = *id;
            check_reference(c, *k.known, *id, p + "/id", k.what);
        }
        return;
    }
    c.error(p + "/kind", "unknown target kind '" + *kind + "' (expected commune, initiative, corridor or box)");
}

std::vector<std::string> read_id_list(Checker& c, const json& highlight, const std::string& pointer, const char* key,
                                      const std::function<bool(const std::string&)>& known, const char* what) {
    std::vector<std::string> out;
    auto it = highlight.find(key);
    if (it == highlight.end()) return out;
    std::string p = pointer + "/" + key;
    if (!it->is_array()) {
        c.error(p, std::string("expected an array, found ") + it->type_name());
        return out;
    }
    for (size_t i = 0; i < it->size(); ++i) {
        std::string pi = p + "/" + std::to_string(i);
        if (auto id = c.string((*it)[i], pi)) {
            check_reference(c, known, *id, pi, what);
            out.push_back(*id);
        }
    }
    return out;
}

void read_highlight(Checker& c, const TourReferences& refs, const json& step, const std::string& pointer,
                    TourHighlight& out) {
    auto it = step.find("highlight");
    if (it == step.end()) return;  // optional
    std::string p = pointer + "/highlight";
    if (!c.object(*it, p, {"communes", "initiatives", "corridors", "countries"})) return;
    out.communes = read_id_list(c, *it, p, "communes", refs.is_commune, "commune P-code");
    out.initiatives = read_id_list(c, *it, p, "initiatives", refs.is_initiative, "initiative");
    out.corridors = read_id_list(c, *it, p, "corridors", refs.is_corridor, "corridor");
    out.countries = read_id_list(c, *it, p, "countries", refs.is_country, "country");
}

void read_sources(Checker& c, const json& step, const std::string& pointer, std::vector<TourSource>& out) {
    const json* sources = c.member(step, pointer, "sources");
    if (!sources) return;
    std::string p = pointer + "/sources";
    if (!sources->is_array()) {
        c.error(p, std::string("expected an array, found ") + sources->type_name());
        return;
    }
    if (sources->empty()) c.error(p, "no source: every caption must say where its facts come from");
    for (size_t i = 0; i < sources->size(); ++i) {
        std::string pi = p + "/" + std::to_string(i);
        const json& s = (*sources)[i];
        if (!c.object(s, pi, {"title", "url"})) continue;
        TourSource source;
        // Shown under a French or English caption: {"fr": ..., "en": ...}, both given.
        if (const json* title = c.member(s, pi, "title"); title && c.object(*title, pi + "/title", {"fr", "en"}))
            for (const char* lang : {"fr", "en"})
                if (auto t = c.string_member(*title, pi + "/title", lang))
                    (std::string_view(lang) == "fr" ? source.title.fr : source.title.en) = *t;
        if (auto url = s.find("url"); url != s.end())
            if (auto u = c.string(*url, pi + "/url")) source.url = *u;
        out.push_back(source);
    }
}

void read_step(Checker& c, const TourReferences& refs, const json& step, const std::string& pointer, TourStep& out) {
    if (!c.object(step, pointer, {"target", "caption", "highlight", "duration_s", "sources"})) return;
    read_target(c, refs, step, pointer, out.target);
    read_caption(c, step, pointer, out);
    read_highlight(c, refs, step, pointer, out.highlight);
    if (auto d = step.find("duration_s"); d != step.end()) {
        if (auto n = c.number(*d, pointer + "/duration_s")) {
            if (*n <= 0)
                c.error(pointer + "/duration_s", "duration must be positive, found " + std::to_string(*n));
            else
                out.duration_s = *n;
        }
    }
    read_sources(c, step, pointer, out.sources);
}

}  // namespace

std::optional<Tour> parse_tour(const std::string& text, const std::string& file, const TourReferences& refs,
                               Diagnostics& diagnostics) {
    json doc;
    try {
        doc = json::parse(text);
    } catch (const json::parse_error& e) {
        diagnostics.error(file, describe_position(position_of_offset(text, e.byte)),
                          std::string("not valid JSON: ") + e.what());
        return std::nullopt;
    }
    Checker c{JsonLineMap(text), file, diagnostics};
    Tour tour;
    if (!c.object(doc, "", {"id", "title", "steps"})) return std::nullopt;
    if (auto id = c.string_member(doc, "", "id")) tour.id = *id;
    if (const json* title = c.member(doc, "", "title"); title && c.object(*title, "/title", {"fr", "en"})) {
        for (const char* lang : {"fr", "en"}) {
            auto it = title->find(lang);
            if (it == title->end())
                c.error(std::string("/title/") + lang, std::string("missing language '") + lang + "'");
            else if (auto s = c.string(*it, std::string("/title/") + lang))
                (std::string_view(lang) == "fr" ? tour.title.fr : tour.title.en) = *s;
        }
    }
    if (const json* steps = c.member(doc, "", "steps")) {
        if (!steps->is_array())
            c.error("/steps", std::string("expected an array, found ") + steps->type_name());
        else if (steps->empty())
            c.error("/steps", "no steps: a tour needs at least one");
        else
            for (size_t i = 0; i < steps->size(); ++i)
                read_step(c, refs, (*steps)[i], "/steps/" + std::to_string(i), tour.steps.emplace_back());
    }
    if (!c.ok) return std::nullopt;
    return tour;
}

std::optional<Tour> load_tour(const std::filesystem::path& path, const TourReferences& refs, Diagnostics& diagnostics) {
    std::string text, read_error;
    if (!read_text_file(path.string(), text, read_error)) {
        diagnostics.error(path.string(), "", "tour file: " + read_error);
        return std::nullopt;
    }
    return parse_tour(text, path.string(), refs, diagnostics);
}

}  // namespace corridor
