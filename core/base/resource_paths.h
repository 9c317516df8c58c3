#pragma once
// Where the program finds its own files (shaders, assets, project geodata) and the boundary
// data, whether it runs from the build tree or from an installed prefix, from any directory.
#include <filesystem>

namespace corridor {

// Folder holding shaders/, assets/ and geodata/. Order: $CORRIDOR_RESOURCES, then
// <exe dir>/../share/corridor-viewer when installed, then the source tree.
std::filesystem::path executable_dir();  // of the running program; empty if unknown
std::filesystem::path resource_dir();
std::filesystem::path shader_path(const std::string& name);   // shaders/<name>
std::filesystem::path asset_path(const std::string& name);    // assets/<name>
std::filesystem::path project_geodata_path(const std::string& name);  // geodata/<name>

// Default boundary data folder; --data overrides it. Order: $CORRIDOR_DATA, then the data pack
// installed with the program (<exe dir>/../share/corridor-viewer/boundary-data), then
// ../shared/geodata beside the checkout.
std::filesystem::path default_data_dir();

// Per-user folders (XDG): settings such as imgui.ini (created on demand), and the cache (not
// created here: the cache creates it when it first writes, and --no-cache writes nothing).
std::filesystem::path user_config_dir();
std::filesystem::path user_cache_dir();

}  // namespace corridor
