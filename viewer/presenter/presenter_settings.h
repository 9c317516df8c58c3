#pragma once
// Projector settings kept between runs in user_config_dir()/settings.json, next to the keys
// other parts store there (the user's layers): saving merges, it never drops a key it does not own.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "core/base/diagnostics.h"

namespace corridor {

struct PresenterSettings {
    static constexpr float kMinUiScale = 1, kMaxUiScale = 3;
    float ui_scale = 1;          // ImGui sizes, fonts, map line widths
    bool high_contrast = false;  // UI colours and map style
    std::string export_folder;   // empty: $HOME/Pictures when it exists, else the current folder
    bool export_title = false;      // File ▸ Export adds the view's subject as a title line
    bool export_date_line = false;  // ... and the date-and-sources line
    double max_layer_mb = 512;   // "max_layer_mb": larger layer files are refused before reading
    double cache_max_mb = 512;   // "cache_max_mb": disk the cache of processed layers may use
    std::vector<std::string> recent_files;  // opened with File > Open, newest first (the browser's Recent)
};

// Puts `file` first in `settings.recent_files`, once, keeping the newest kRecentFiles.
inline constexpr size_t kRecentFiles = 8;
void remember_recent_file(PresenterSettings& settings, const std::string& file);

// A missing file gives the defaults; a broken value is a warning naming its key and line, and
// keeps the default. A file that is not a JSON object is an error; with `set_aside_if_broken` it
// is renamed to settings.json.broken-DATE-TIME (named in the message) so that nothing is lost.
PresenterSettings load_presenter_settings(const std::filesystem::path& file, Diagnostics& diag,
                                          bool set_aside_if_broken = true);
// Writes our keys into the file, keeping every other key. False (with an error) if it cannot.
bool save_presenter_settings(const std::filesystem::path& file, const PresenterSettings& settings, Diagnostics& diag);

float clamp_ui_scale(float scale);
std::uintmax_t max_layer_bytes(const PresenterSettings& settings);
std::uintmax_t cache_max_bytes(const PresenterSettings& settings);
// Where exports go: the setting, else $HOME/Pictures if it exists, else the current folder.
std::filesystem::path export_folder(const PresenterSettings& settings);

}  // namespace corridor
