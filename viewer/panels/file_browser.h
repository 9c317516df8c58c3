#pragma once
// File > Open: a small ImGui file browser (ImGui has none, and a native dialog would need GTK).
// Lists folders and the files GDAL can read as vector data, by extension.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "viewer/ui/state_json.h"

namespace corridor {

// Lower-case extensions without the dot ("geojson", "shp", "gpkg", ...), from every GDAL
// vector driver's metadata.
std::vector<std::string> gdal_vector_extensions();

class FileBrowser {
public:
    void open(const std::filesystem::path& folder);
    bool is_open() const { return open_; }
    // Draws the window; returns the chosen file once.
    std::optional<std::filesystem::path> draw(FrameRecord& frame);

private:
    void list(const std::filesystem::path& folder);

    bool open_ = false;
    std::filesystem::path folder_;
    std::vector<std::filesystem::path> folders_, files_;
    std::vector<std::string> extensions_;
    std::string error_;
    int selected_ = -1;
};

}  // namespace corridor
