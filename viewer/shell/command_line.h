#pragma once
// The viewer's command-line options, parsed with CLI11. `--help` is also the source of the
// manual page (help2man, viewer/CMakeLists.txt).
#include <optional>
#include <string>
#include <vector>

namespace corridor {

struct CommandLine {
    std::string data_dir;                 // --data DIR (empty: default)
    bool validate = false;                // --validate
    std::string script;                   // --script FILE.json
    std::string screenshot;               // --screenshot FILE.png
    std::string record_tour;              // --record-tour NAME (with --out FILE.mp4)
    std::string out;                      // --out FILE
    std::string lang;                     // --lang fr|en (empty: from the system locale)
    std::vector<std::string> open_files;  // extra vector files to open as layers
    int width = 1280, height = 800;       // --size WxH
    bool size_given = false;              // --size was on the command line
    bool fullscreen = false;              // --fullscreen
    bool no_cache = false;                // --no-cache: read the boundary data, write no cache
    bool help = false;                    // -h, --help
    bool version = false;                 // --version
};

// Parses argv; on a bad option returns nullopt and fills `error`.
std::optional<CommandLine> parse_command_line(int argc, char** argv, std::string& error);
std::string usage_text();

}  // namespace corridor
