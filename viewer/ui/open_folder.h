#pragma once
// Shows a folder in the desktop's file manager (xdg-open), so a user finds what was exported.
#include <filesystem>

namespace corridor {

// Starts `xdg-open folder` without waiting for it; false when it could not be started.
bool open_folder(const std::filesystem::path& folder);

}  // namespace corridor
