#include "core/programme/tour.h"

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/base/json_text.h"
#include "core/programme/json_checks.h"

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

Bilingual read_caption_part(JsonChecker& c, const json& caption, const std::string& pointer, const char* part,
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

void read_caption(JsonChecker& c, const json& step, const std::string& pointer, TourStep& out) {
    const json* caption = c.member(step, pointer, "caption", true);
    if (!caption) return;
    std::string p = pointer + "/caption";
    if (!c.read_object(*caption, p, {"fr", "en"})) return;
    for (const char* lang : {"fr", "en"}) {
        auto block = caption->find(lang);
        if (block == caption->end())
            c.error(p + "/" + lang, std::string("missing language '") + lang + "'");
        else
            c.read_object(*block, p + "/" + lang, {"title", "text"});
    }
    out.title = read_caption_part(c, *caption, p, "title", kMaxTitleChars);
    out.text = read_caption_part(c, *caption, p, "text", kMaxTextChars);
}

// Reports `id` unknown when a check is given and says no.
void check_reference(JsonChecker& c, const std::function<bool(const std::string&)>& known, const std::string& id,
                     const std::string& pointer, const char* what) {
    if (known && !known(id)) c.error(pointer, std::string("unknown ") + what + " '" + id + "'");
}

void read_box(JsonChecker& c, const json& target, const std::string& pointer, LonLatBox& box) {
    double* fields[] = {&box.west, &box.south, &box.east, &box.north};
    const char* names[] = {"west", "south", "east", "north"};
    bool all = true;
    for (int i = 0; i < 4; ++i) {
        const json* v = c.member(target, pointer, names[i], true);
        auto n = v ? c.number_value(*v, pointer + "/" + names[i]) : std::nullopt;
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

void read_target(JsonChecker& c, const TourReferences& refs, const json& step, const std::string& pointer,
                 TourTarget& out) {
    const json* target = c.member(step, pointer, "target", true);
    if (!target) return;
    std::string p = pointer + "/target";
    if (!c.is_object(*target, p)) return;
    auto kind = c.string_member(*target, p, "kind");
    if (!kind) return;
    if (*kind == "box") {
        out.kind = TourTargetKind::Box;
        c.read_object(*target, p, {"kind", "west", "south", "east", "north"});
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
        c.read_object(*target, p, {"kind", "id"});
        if (auto id = c.string_member(*target, p, "id")) {
            out.id = *id;
            check_reference(c, *k.known, *id, p + "/id", k.what);
        }
        return;
    }
    c.error(p + "/kind", "unknown target kind '" + *kind + "' (expected commune, initiative, corridor or box)");
}

std::vector<std::string> read_id_list(JsonChecker& c, const json& highlight, const std::string& pointer, const char* key,
                                      const std::function<bool(const std::string&)>& known, const char* what) {
    std::vector<std::string> out;
    auto it = highlight.find(key);
    if (it == highlight.end()) return out;
    std::string p = pointer + "/" + key;
    if (!c.is_array(*it, p)) return out;
    for (size_t i = 0; i < it->size(); ++i) {
        std::string pi = p + "/" + std::to_string(i);
        if (auto id = c.string_value((*it)[i], pi)) {
            check_reference(c, known, *id, pi, what);
            out.push_back(*id);
        }
    }
    return out;
}

void read_highlight(JsonChecker& c, const TourReferences& refs, const json& step, const std::string& pointer,
                    TourHighlight& out) {
    auto it = step.find("highlight");
    if (it == step.end()) return;  // optional
    std::string p = pointer + "/highlight";
    if (!c.read_object(*it, p, {"communes", "initiatives", "corridors", "countries"})) return;
    out.communes = read_id_list(c, *it, p, "communes", refs.is_commune, "commune P-code");
    out.initiatives = read_id_list(c, *it, p, "initiatives", refs.is_initiative, "initiative");
    out.corridors = read_id_list(c, *it, p, "corridors", refs.is_corridor, "corridor");
    out.countries = read_id_list(c, *it, p, "countries", refs.is_country, "country");
}

void read_sources(JsonChecker& c, const json& step, const std::string& pointer, std::vector<TourSource>& out) {
    const json* sources = c.member(step, pointer, "sources", true);
    if (!sources) return;
    std::string p = pointer + "/sources";
    if (!c.is_array(*sources, p)) return;
    if (sources->empty()) c.error(p, "no source: every caption must say where its facts come from");
    for (size_t i = 0; i < sources->size(); ++i) {
        std::string pi = p + "/" + std::to_string(i);
        const json& s = (*sources)[i];
        if (!c.read_object(s, pi, {"title", "url"})) continue;
        TourSource source;
        // Shown under a French or English caption: {"fr": ..., "en": ...}, both given.
        LocalizedText title;
        if (c.read_text(s, pi, "title", title, true)) source.title = {title.fr, title.en};
        if (auto url = s.find("url"); url != s.end())
            if (auto u = c.string_value(*url, pi + "/url")) source.url = *u;
        out.push_back(source);
    }
}

void read_step(JsonChecker& c, const TourReferences& refs, const json& step, const std::string& pointer, TourStep& out) {
    if (!c.read_object(step, pointer, {"target", "caption", "highlight", "duration_s", "sources"})) return;
    read_target(c, refs, step, pointer, out.target);
    read_caption(c, step, pointer, out);
    read_highlight(c, refs, step, pointer, out.highlight);
    if (auto d = step.find("duration_s"); d != step.end()) {
        if (auto n = c.number_value(*d, pointer + "/duration_s")) {
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
    std::optional<JsonDocument> parsed = parse_json_document(text, file, diagnostics);
    if (!parsed) return std::nullopt;
    const json& doc = parsed->root;
    JsonChecker c(*parsed, diagnostics);
    Tour tour;
    if (!c.read_object(doc, "", {"id", "title", "steps"})) return std::nullopt;
    if (auto id = c.string_member(doc, "", "id")) tour.id = *id;
    if (const json* title = c.member(doc, "", "title", true); title && c.read_object(*title, "/title", {"fr", "en"})) {
        for (const char* lang : {"fr", "en"}) {
            auto it = title->find(lang);
            if (it == title->end())
                c.error(std::string("/title/") + lang, std::string("missing language '") + lang + "'");
            else if (auto s = c.string_value(*it, std::string("/title/") + lang))
                (std::string_view(lang) == "fr" ? tour.title.fr : tour.title.en) = *s;
        }
    }
    if (const json* steps = c.member(doc, "", "steps", true)) {
        if (c.is_array(*steps, "/steps") && steps->empty())
            c.error("/steps", "no steps: a tour needs at least one");
        else if (steps->is_array())
            for (size_t i = 0; i < steps->size(); ++i)
                read_step(c, refs, (*steps)[i], "/steps/" + std::to_string(i), tour.steps.emplace_back());
    }
    if (c.failed()) return std::nullopt;
    return tour;
}

std::optional<Tour> load_tour(const std::filesystem::path& path, const TourReferences& refs, Diagnostics& diagnostics) {
    std::string text, read_error;
    if (!read_text_file(path.string(), text, read_error, &diagnostics)) {
        diagnostics.error(path.string(), "", "tour file: " + read_error);
        return std::nullopt;
    }
    return parse_tour(text, path.string(), refs, diagnostics);
}

}  // namespace corridor
