#pragma once
// File > Open (Ctrl+O): a small ImGui file browser (ImGui has none, and a native dialog would
// need GTK). A path field that takes a typed or pasted path, Home / Data / Recent shortcuts,
// and a list of folders and of the files GDAL can read as vector data, by extension.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "viewer/ui/state_json.h"

namespace corridor {

// Lower-case extensions without the dot ("geojson", "shp", "gpkg", ...), from every GDAL
// vector driver's metadata.
std::vector<std::string> gdal_vector_extensions();

// Where the shortcuts lead.
struct FileBrowserPlaces {
    std::filesystem::path home;                 // $HOME
    std::filesystem::path data;                 // the boundary data folder in use
    std::vector<std::filesystem::path> recent;  // files opened before, newest first
};

// What a typed path means: "~" and "~/..." are the home folder; a relative path is taken from
// `folder`. GUI-free so tests can check it.
std::filesystem::path resolve_typed_path(const std::string& typed, const std::filesystem::path& folder,
                                         const std::filesystem::path& home);

class FileBrowser {
public:
    // Opens at `folder` the first time, afterwards where the user left it.
    void open(const std::filesystem::path& folder, FileBrowserPlaces places);
    bool is_open() const { return open_; }
    // Draws the window; returns the chosen file once.
    std::optional<std::filesystem::path> draw(FrameRecord& frame);
    // "file_browser" of the state JSON: open, folder, the listed folders and files, the error.
    nlohmann::json state() const;

private:
    void list(const std::filesystem::path& folder);
    // The path field's Enter: a folder is listed, a readable file is chosen, anything else an error.
    std::optional<std::filesystem::path> go_to_typed();

    bool open_ = false, focus_path_ = false;
    std::filesystem::path folder_;
    FileBrowserPlaces places_;
    std::vector<std::filesystem::path> folders_, files_;
    std::vector<std::string> extensions_;
    std::string typed_;  // the path field
    std::string error_;
    int selected_ = -1;
};

}  // namespace corridor
