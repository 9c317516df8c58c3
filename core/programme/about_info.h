#pragma once
// What Help ▸ About shows besides the version (geodata/about.json): the program's licence and
// each source of the boundary data pack with its licence and attribution line, as the pack's
// README states them.
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"
#include "core/programme/initiative_model.h"

namespace corridor {

struct DataSource {
    std::string id;
    LocalizedText name, licence;
    std::string attribution;       // quoted exactly as the README gives it, in its own language
    LocalizedText attribution_note;  // e.g. "requested, not required"; may be empty
    std::vector<std::string> folders;  // folders of the data pack it fills
};

struct AboutInfo {
    LocalizedText licence;  // the program's
    std::vector<DataSource> data_sources;
};

// Reads and checks about.json; problems name the file, the JSON pointer and its line. A bad
// source entry is skipped, the others load.
AboutInfo load_about_info(const std::filesystem::path& path, Diagnostics& diag);

}  // namespace corridor
