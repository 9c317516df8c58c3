#pragma once
// Projector settings kept between runs in user_config_dir()/settings.json, next to the keys
// other parts store there (the user's layers): saving merges, it never drops a key it does not own.
#include <filesystem>
#include <string>

#include "core/base/diagnostics.h"

namespace corridor {

struct PresenterSettings {
    static constexpr float kMinUiScale = 1, kMaxUiScale = 3;
    float ui_scale = 1;          // ImGui sizes, fonts, map line widths
    bool high_contrast = false;  // UI colours and map style
    std::string export_folder;   // empty: $HOME/Pictures when it exists, else the current folder
};

// A missing file gives the defaults; a broken value is a warning naming its key, and keeps the default.
PresenterSettings load_presenter_settings(const std::filesystem::path& file, Diagnostics& diag);
// Writes our keys into the file, keeping every other key. False (with an error) if it cannot.
bool save_presenter_settings(const std::filesystem::path& file, const PresenterSettings& settings, Diagnostics& diag);

float clamp_ui_scale(float scale);
// Where exports go: the setting, else $HOME/Pictures if it exists, else the current folder.
std::filesystem::path export_folder(const PresenterSettings& settings);

}  // namespace corridor
