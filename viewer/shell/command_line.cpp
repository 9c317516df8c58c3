#include "viewer/shell/command_line.h"

#include <cstdio>
#include <memory>

#include <CLI/CLI.hpp>

namespace corridor {
namespace {

// "--size": WxH, at least 320x240.
bool parse_size(const std::string& text, int& width, int& height) {
    char rest = 0;
    return std::sscanf(text.c_str(), "%dx%d%c", &width, &height, &rest) == 2 && width >= 320 && height >= 240;
}

// One parser for both parsing and --help, so the help (and the manual page made from it)
// always lists what is parsed.
std::unique_ptr<CLI::App> make_parser(CommandLine& cl) {
    auto app = std::make_unique<CLI::App>("Offline map of the LED corridor of Mali and Burkina Faso.", "corridor-viewer");
    // -h/--help and --version are plain flags: main() prints the texts, and an unknown option
    // is reported by us (below) with the usage, not by an exception from inside CLI11.
    app->set_help_flag();
    app->allow_extras();
    app->get_formatter()->column_width(24);
    app->get_formatter()->label("OPTIONS", "options");
    app->get_formatter()->label("TEXT", "");
    app->get_formatter()->label("Positionals", "Files");
    app->add_option("--data", cl.data_dir,
                    "boundary data folder (default: the one installed with the program, else ../shared/geodata "
                    "beside the checkout)")
        ->type_name("DIR");
    app->add_flag("--validate", cl.validate,
                 "check every file the viewer reads (layers, project data, settings, --script, FILE...), "
                 "print one report and exit (0 usable, 1 not)");
    app->add_option("--script", cl.script, "run scripted steps through the app loop, then exit")->type_name("FILE.json");
    app->add_option("--screenshot", cl.screenshot, "render the default view once to a PNG and exit")->type_name("FILE");
    app->add_option("--record-tour", cl.record_tour,
                    "play the tour with this id (geodata/tours) at a fixed frame rate, each step for its hold "
                    "time, and save it as an H.264 MP4 video to --out; Esc cancels and leaves no file")
        ->type_name("NAME");
    app->add_option("--out", cl.out, "the video file --record-tour writes")->type_name("FILE.mp4");
    app->add_option("--lang", cl.lang, "interface language (default: system locale)")
        ->type_name("fr|en")
        ->check(CLI::Validator(
            [](std::string& v) { return v == "fr" || v == "en" ? std::string() : "must be fr or en, not '" + v + "'"; },
            ""));
    app->add_option("--size", "window size (default 1280x800)")
        ->type_name("WxH")
        ->check(CLI::Validator(
            [](std::string& v) {
                int w, h;
                return parse_size(v, w, h) ? std::string()
                                           : "must look like 1280x800 (at least 320x240), not '" + v + "'";
            },
            ""))
        ->each([&cl](const std::string& v) { cl.size_given = parse_size(v, cl.width, cl.height); });
    app->add_flag("--fullscreen", cl.fullscreen, "start fullscreen");
    app->add_flag("--no-cache", cl.no_cache,
                  "read the boundary data with GDAL and build the map's meshes and names without the "
                  "cache of processed layers, meshes and names (in $XDG_CACHE_HOME/corridor-viewer, "
                  "else ~/.cache/corridor-viewer), and write none");
    app->add_flag("-h,--help", cl.help, "print this text and exit");
    app->add_flag("--version", cl.version, "print the version and those of GDAL, GEOS, PROJ, SFML, Dear ImGui");
    app->add_option("FILE", cl.open_files, "extra vector files (any format GDAL reads) opened as layers");
    app->footer(
        "Keys: F5 presents the guided tour (PageDown/PageUp step, P plays, B blacks out, Esc leaves),\n"
        "F11 fullscreen, F12 saves the view as PNG (Shift+F12 at 2x), F1 Help > About.\n"
        "See docs/presenting.md (installed: /usr/share/doc/corridor-viewer/presenting.md).\n\n"
        "Environment: CORRIDOR_DATA (default boundary data folder), CORRIDOR_RESOURCES (folder\n"
        "with shaders/, assets/ and geodata/), XDG_CONFIG_HOME (settings, imgui.ini),\n"
        "XDG_CACHE_HOME (the cache of processed boundary layers, at most 512 MB).");
    return app;
}

}  // namespace

std::string usage_text() {
    CommandLine unused;
    return make_parser(unused)->help();
}

std::optional<CommandLine> parse_command_line(int argc, char** argv, std::string& error) {
    CommandLine cl;
    auto app = make_parser(cl);
    try {
        app->parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        error = e.what();
        return std::nullopt;
    }
    for (const std::string& extra : app->remaining())
        if (extra.size() > 1 && extra[0] == '-') {
            error = "unknown option '" + extra + "'";
            return std::nullopt;
        }
    if (!cl.record_tour.empty() && cl.out.empty()) {
        error = "--record-tour needs --out FILE.mp4";
        return std::nullopt;
    }
    if (!cl.record_tour.empty() && !cl.size_given) cl.width = 1920, cl.height = 1080;  // a video: full HD
    if (!cl.record_tour.empty() && (cl.width % 2 || cl.height % 2)) {
        error = "--record-tour needs an even width and height (H.264), not " + std::to_string(cl.width) + "x" +
                std::to_string(cl.height);
        return std::nullopt;
    }
    return cl;
}

}  // namespace corridor
