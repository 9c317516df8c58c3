#include "viewer/script/script.h"

#include "core/export/page_size.h"

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "core/base/json_text.h"
#include "core/programme/json_checks.h"

namespace corridor {

using nlohmann::json;

namespace {

// Script steps in the project's one schema helper (JsonChecker): a script has no room for
// extra members, so an unknown one is an error, not a warning.
struct Reader {
    JsonChecker& check;

    void fail(const std::string& where, const std::string& message) { check.error(where, message); }
    bool ok() const { return !check.failed(); }
    const json* field(const json& obj, const std::string& where, const char* name) {
        return check.member(obj, where, name, true);
    }
    double number(const json& obj, const std::string& where, const char* name) {
        double v = 0;
        check.read_number(obj, where, name, v, true);
        return v;
    }
    std::string string(const json& v, const std::string& where) { return check.string_value(v, where).value_or(""); }
    bool object(const json& v, const std::string& where) { return check.is_object(v, where); }
    void only(const json& obj, const std::string& where, std::initializer_list<const char*> allowed) {
        check.check_members(obj, where, allowed, true);
    }
    // {"lon", "lat"} or {"x", "y"}.
    ScriptPoint point(const json& v, const std::string& where, bool with_delta = false) {
        ScriptPoint p;
        if (!object(v, where)) return p;
        if (v.contains("lon") || v.contains("lat")) {
            if (with_delta) only(v, where, {"lon", "lat", "delta"});
            else only(v, where, {"lon", "lat"});
            p.is_lonlat = true;
            p.lon = number(v, where, "lon"), p.lat = number(v, where, "lat");
            if (p.lat < -85 || p.lat > 85) fail(where + "/lat", "latitude must lie within ±85°");
        } else if (v.contains("control")) {
            only(v, where, {"control"});
            p.control = string(v["control"], where + "/control");
        } else if (v.contains("x") || v.contains("y")) {
            if (with_delta) only(v, where, {"x", "y", "delta"});
            else only(v, where, {"x", "y"});
            p.x = number(v, where, "x"), p.y = number(v, where, "y");
        } else {
            fail(where, "expected {\"lon\", \"lat\"}, {\"x\", \"y\"} or {\"control\"}");
        }
        return p;
    }
};

const std::map<std::string, StepKind>& step_names() {
    static const std::map<std::string, StepKind> names = {
        {"view", StepKind::View},   {"fit", StepKind::Fit},   {"select", StepKind::Select}, {"move", StepKind::Move},
        {"click", StepKind::Click}, {"drag", StepKind::Drag}, {"wheel", StepKind::Wheel},
        {"key", StepKind::Key},     {"text", StepKind::Text}, {"wait", StepKind::Wait},
        {"screenshot", StepKind::Screenshot},
        {"state", StepKind::State}, {"lang", StepKind::Lang},     {"tour", StepKind::Tour},
        {"export", StepKind::Export}, {"settle", StepKind::Settle}, {"ui_scale", StepKind::UiScale},
        {"hide", StepKind::Hide},
        {"choose", StepKind::Choose}, {"text_log", StepKind::TextLog},
    };
    return names;
}

void parse_step(Reader& r, const json& v, const std::string& where, std::vector<ScriptStep>& steps) {
    if (!r.object(v, where)) return;
    if (v.size() != 1) {
        r.fail(where, "a step is an object with exactly one key (view, fit, select, move, click, drag, wheel, key, text, wait, "
                      "settle, screenshot, state, lang, tour, export, ui_scale, hide, choose, text_log), got " + std::to_string(v.size()));
        return;
    }
    const std::string name = v.begin().key();
    const json& arg = v.begin().value();
    const std::string at = where + "/" + name;
    auto kind = step_names().find(name);
    if (kind == step_names().end()) {
        r.fail(at, "unknown step '" + name + "'");
        return;
    }
    ScriptStep s;
    s.kind = kind->second;
    s.where = where;
    switch (s.kind) {
    case StepKind::View:
        if (!r.object(arg, at)) return;
        r.only(arg, at, {"lon", "lat", "zoom"});
        s.lon = r.number(arg, at, "lon"), s.lat = r.number(arg, at, "lat"), s.zoom = r.number(arg, at, "zoom");
        if (s.lat < -85 || s.lat > 85) r.fail(at + "/lat", "latitude must lie within ±85°");
        if (s.zoom < 0 || s.zoom > 22) r.fail(at + "/zoom", "zoom must lie within 0..22");
        break;
    case StepKind::Tour:
    case StepKind::Hide:
    case StepKind::Choose:
    case StepKind::TextLog:
    case StepKind::Fit:
    case StepKind::Select:
    case StepKind::Text:
    case StepKind::Screenshot:
    case StepKind::State:
        s.text = r.string(arg, at);
        break;
    case StepKind::Move:
    case StepKind::Click:
        s.at = r.point(arg, at);
        break;
    case StepKind::Drag:
        if (!r.object(arg, at)) return;
        r.only(arg, at, {"from", "to"});
        if (const json* f = r.field(arg, at, "from")) s.at = r.point(*f, at + "/from");
        if (const json* t = r.field(arg, at, "to")) s.to = r.point(*t, at + "/to");
        break;
    case StepKind::Wheel:
        if (!r.object(arg, at)) return;
        s.at = r.point(arg, at, true);
        s.delta = r.number(arg, at, "delta");
        break;
    case StepKind::Lang:
        s.text = r.string(arg, at);
        if (s.text != "fr" && s.text != "en") r.fail(at, "expected \"fr\" or \"en\"");
        break;
    case StepKind::Key: {
        std::string key = r.string(arg, at);
        if (key.empty()) return;
        if (auto k = parse_key_name(key)) s.key = *k;
        else r.fail(at, "unknown key '" + key + "' (examples: Escape, Home, PageDown, F11, a, +, Ctrl+F)");
        break;
    }
    case StepKind::Export:
        if (!r.object(arg, at)) return;
        r.only(arg, at, {"path", "scale", "title", "date_line", "page"});
        if (const json* p = r.field(arg, at, "path")) s.text = r.string(*p, at + "/path");
        if (arg.contains("title")) {
            const json& t = arg["title"];
            if (t.is_boolean()) s.export_title = t.get<bool>();
            else if (t.is_string()) s.export_title = true, s.export_title_text = t.get<std::string>();
            else r.fail(at + "/title", "expected true, false or the title's text");
        }
        if (arg.contains("page")) {
            const json& pg = arg["page"];
            if (pg.is_string() && page_size(pg.get<std::string>(), 1, 1)) s.export_page = pg.get<std::string>();
            else r.fail(at + "/page", "expected a4-landscape, a4-portrait, a3-landscape, a3-portrait or view");
        }
        if (arg.contains("date_line")) {
            if (arg["date_line"].is_boolean()) s.export_date_line = arg["date_line"].get<bool>();
            else r.fail(at + "/date_line", "expected true or false");
        }
        if (arg.contains("scale")) {
            const json& sc = arg["scale"];
            if (!sc.is_number_integer() || (sc != 1 && sc != 2 && sc != 4)) r.fail(at + "/scale", "expected 1, 2 or 4");
            else s.scale = sc.get<int>();
        }
        break;
    case StepKind::UiScale:
        if (!arg.is_number() || arg.get<double>() < 1 || arg.get<double>() > 3) {
            r.fail(at, "expected a UI scale from 1 to 3");
            return;
        }
        s.value = arg.get<double>();
        break;
    case StepKind::Settle:
    case StepKind::Wait:
        if (!arg.is_number_integer() || arg.get<long long>() < 0 || arg.get<long long>() > 100000) {
            r.fail(at, "expected a number of frames (0..100000)");
            return;
        }
        s.frames = arg.get<int>();
        break;
    }
    steps.push_back(std::move(s));
}

}  // namespace

std::optional<ScriptKey> parse_key_name(const std::string& full) {
    ScriptKey k;
    std::string name = full;
    // Modifiers: "Ctrl+F", "Shift+Tab". A lone "+" is the plus key.
    for (;;) {
        auto plus = name.find('+');
        if (plus == std::string::npos || plus == 0 || plus + 1 >= name.size()) break;
        std::string mod = name.substr(0, plus);
        if (mod == "Ctrl") k.ctrl = true;
        else if (mod == "Shift") k.shift = true;
        else if (mod == "Alt") k.alt = true;
        else return std::nullopt;
        name = name.substr(plus + 1);
    }
    using K = sf::Keyboard;
    static const std::map<std::string, K::Key> named = {
        {"Escape", K::Escape}, {"Home", K::Home},       {"End", K::End},         {"PageUp", K::PageUp},
        {"PageDown", K::PageDown}, {"Left", K::Left},   {"Right", K::Right},     {"Up", K::Up},
        {"Down", K::Down},     {"Enter", K::Return},    {"Tab", K::Tab},         {"Backspace", K::BackSpace},
        {"Delete", K::Delete}, {"Space", K::Space},     {"+", K::Add},           {"-", K::Subtract},
        {"Plus", K::Add},      {"Minus", K::Subtract},
    };
    if (auto it = named.find(name); it != named.end()) {
        k.code = it->second;
        if (name == "Space") k.text = U' ';
        else if (k.code == K::Add) k.text = U'+';
        else if (k.code == K::Subtract) k.text = U'-';
        return k;
    }
    if (name.size() >= 2 && name[0] == 'F' && std::all_of(name.begin() + 1, name.end(), ::isdigit)) {
        int n = std::stoi(name.substr(1));
        if (n < 1 || n > 15) return std::nullopt;
        k.code = K::Key(K::F1 + n - 1);
        return k;
    }
    if (name.size() == 1) {
        char c = name[0];
        if (c >= 'a' && c <= 'z') k.code = K::Key(K::A + (c - 'a'));
        else if (c >= 'A' && c <= 'Z') k.code = K::Key(K::A + (c - 'A')), k.shift = true;
        else if (c >= '0' && c <= '9') k.code = K::Key(K::Num0 + (c - '0'));
        else return std::nullopt;
        if (!k.ctrl && !k.alt) k.text = char32_t(k.shift && c >= 'a' && c <= 'z' ? c - 32 : c);
        return k;
    }
    return std::nullopt;
}

std::optional<Script> parse_script(const std::string& text, const std::string& file, Diagnostics& diag) {
    std::optional<JsonDocument> parsed = parse_json_document(text, file, diag);
    if (!parsed) return std::nullopt;
    const json& doc = parsed->root;
    JsonChecker check(*parsed, diag);
    Reader r{check};
    Script script;
    script.file = file;
    if (!r.object(doc, "")) return std::nullopt;
    r.only(doc, "", {"size", "lang", "steps"});
    if (auto it = doc.find("size"); it != doc.end()) {
        if (!it->is_array() || it->size() != 2 || !(*it)[0].is_number_integer() || !(*it)[1].is_number_integer() ||
            (*it)[0].get<int>() < 320 || (*it)[1].get<int>() < 240 || (*it)[0].get<int>() > 8192 || (*it)[1].get<int>() > 8192)
            r.fail("/size", "expected [width, height] in pixels, at least [320, 240]");
        else
            script.width = (*it)[0].get<int>(), script.height = (*it)[1].get<int>();
    }
    if (auto it = doc.find("lang"); it != doc.end()) {
        if (!it->is_string() || (*it != "fr" && *it != "en")) r.fail("/lang", "expected \"fr\" or \"en\"");
        else script.lang = it->get<std::string>();
    }
    const json* steps = r.field(doc, "", "steps");
    if (steps && !steps->is_array()) r.fail("/steps", "expected an array of steps");
    else if (steps)
        for (size_t i = 0; i < steps->size(); ++i) parse_step(r, (*steps)[i], "/steps/" + std::to_string(i), script.steps);
    if (!r.ok()) return std::nullopt;
    return script;
}

std::optional<Script> load_script(const std::filesystem::path& path, Diagnostics& diag) {
    std::string text, error;
    if (!read_text_file(path.string(), text, error, &diag)) {
        diag.error(path.string(), "", "cannot read the script file: " + error);
        return std::nullopt;
    }
    return parse_script(text, path.string(), diag);
}

}  // namespace corridor
