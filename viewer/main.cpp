#include <cstdio>

#include "core/geodata_catalog.h"
#include "core/resource_paths.h"
#include "viewer/command_line.h"

int main(int argc, char** argv) {
    using namespace corridor;
    std::string error;
    auto cl = parse_command_line(argc, argv, error);
    if (!cl) {
        std::fprintf(stderr, "corridor-viewer: %s\n\n%s", error.c_str(), usage_text());
        return 2;
    }
    if (cl->help) {
        std::fputs(usage_text(), stdout);
        return 0;
    }
    std::filesystem::path data_dir = cl->data_dir.empty() ? default_data_dir() : std::filesystem::path(cl->data_dir);
    if (cl->validate) {
        Geodata data = load_geodata(data_dir);
        std::string report;
        bool usable = write_validation_report(data, report);
        std::fputs(report.c_str(), stdout);
        return usable ? 0 : 1;
    }
    return 0;
}
