#include "viewer/shell/command_line.h"

#include <cstdio>
#include <cstring>

namespace corridor {

const char* usage_text() {
    return "Usage: corridor-viewer [options] [FILE...]\n"
           "Offline map of the LED corridor of Mali and Burkina Faso.\n\n"
           "  --data DIR          boundary data folder (default: ../shared/geodata of the checkout)\n"
           "  --validate          check every file the viewer reads (layers, project data, settings,\n"
           "                      --script, FILE...), print one report and exit (0 usable, 1 not)\n"
           "  --script FILE.json  run scripted steps through the app loop, then exit\n"
           "  --screenshot FILE   render the default view once to a PNG and exit\n"
           "  --lang fr|en        interface language (default: system locale)\n"
           "  --size WxH          window size (default 1280x800)\n"
           "  --fullscreen        start fullscreen\n"
           "  FILE...             extra vector files (any format GDAL reads) opened as layers\n"
           "  -h, --help          this text\n\n"
           "Keys: F5 presents the guided tour (PageDown/PageUp step, P plays, B blacks out, Esc leaves),\n"
           "F11 fullscreen, F12 saves the view as PNG (Shift+F12 at 2x). See docs/presenting.md.\n";
}

std::optional<CommandLine> parse_command_line(int argc, char** argv, std::string& error) {
    CommandLine cl;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](const char* name) -> const char* {
            if (i + 1 >= argc) {
                error = std::string(name) + " needs a value";
                return nullptr;
            }
            return argv[++i];
        };
        if (a == "-h" || a == "--help") {
            cl.help = true;
        } else if (a == "--validate") {
            cl.validate = true;
        } else if (a == "--fullscreen") {
            cl.fullscreen = true;
        } else if (a == "--data" || a == "--script" || a == "--screenshot" || a == "--lang" || a == "--size") {
            const char* v = value(a.c_str());
            if (!v) return std::nullopt;
            if (a == "--data") cl.data_dir = v;
            else if (a == "--script") cl.script = v;
            else if (a == "--screenshot") cl.screenshot = v;
            else if (a == "--lang") {
                cl.lang = v;
                if (cl.lang != "fr" && cl.lang != "en") {
                    error = "--lang must be fr or en, not '" + cl.lang + "'";
                    return std::nullopt;
                }
            } else if (std::sscanf(v, "%dx%d", &cl.width, &cl.height) != 2 || cl.width < 320 || cl.height < 240) {
                error = std::string("--size must look like 1280x800 (at least 320x240), not '") + v + "'";
                return std::nullopt;
            }
        } else if (!a.empty() && a[0] == '-') {
            error = "unknown option '" + a + "'";
            return std::nullopt;
        } else {
            cl.open_files.push_back(a);
        }
    }
    return cl;
}

}  // namespace corridor
