#pragma once
// Scripted runs: a JSON list of steps (move, click, drag, wheel, key, text, wait, screenshot, state)
// that the app plays through its real event loop. This file parses and checks a script; every
// problem names the file and the JSON path (/steps/3/click/lon). Format: docs/scripting.md.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Window/Keyboard.hpp>

#include "core/base/diagnostics.h"

namespace corridor {

// A screen position in pixels, a lon/lat place converted when the step runs, or the centre of a
// control the last frame drew (FrameRecord::controls, the state JSON's "controls").
struct ScriptPoint {
    bool is_lonlat = false;
    std::string control;      // when not empty
    double x = 0, y = 0;      // pixels, when !is_lonlat
    double lon = 0, lat = 0;  // when is_lonlat
};

struct ScriptKey {
    sf::Keyboard::Key code = sf::Keyboard::Unknown;
    bool ctrl = false, shift = false, alt = false;
    char32_t text = 0;  // the character it types, 0 for none
};

enum class StepKind { View, Fit, Select, Move, Click, Drag, Wheel, Key, Text, Wait, Screenshot, State, Lang, Tour, Export, Settle, UiScale, Hide, Choose, TextLog };

struct ScriptStep {
    StepKind kind = StepKind::Wait;
    std::string where;  // JSON path of the step, "/steps/3", for runtime errors
    double lon = 0, lat = 0, zoom = 0;  // view
    std::string text;                   // fit, select: P-code, id or name; text: UTF-8 to type; screenshot/state/export: output path; lang: fr/en; tour: id; hide: layer id
    ScriptPoint at, to;                 // move, click, wheel: at; drag: at -> to
    double delta = 0;                   // wheel notches, positive zooms in
    ScriptKey key;
    int frames = 0;                     // wait; settle: at most this many
    int scale = 1;                      // export
    bool export_title = false, export_date_line = false;  // export: title line, date-and-source line
    std::string export_title_text;      // export: the title; empty: the place the view shows
    std::string export_page = "view";   // export to PDF or SVG: the page size
    double value = 0;                   // ui_scale
};

struct Script {
    std::string file;
    int width = 0, height = 0;  // 0: keep the window size
    std::string lang;           // "", "fr" or "en"
    std::vector<ScriptStep> steps;
};

std::optional<Script> parse_script(const std::string& json_text, const std::string& file, Diagnostics& diag);
std::optional<Script> load_script(const std::filesystem::path& path, Diagnostics& diag);

// "Escape", "Home", "F11", "a", "+", "Ctrl+F", ... ; nullopt for an unknown name.
std::optional<ScriptKey> parse_key_name(const std::string& name);

}  // namespace corridor
