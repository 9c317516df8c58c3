#include "viewer/presenter/presenter_settings.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>

#include <nlohmann/json.hpp>

#include "core/base/json_text.h"

namespace corridor {

using nlohmann::json;

namespace {
// The whole file as JSON; a missing or broken file gives an empty object (broken: reported).
json read_settings(const std::filesystem::path& file, Diagnostics& diag) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return json::object();
    std::string text, error;
    if (!read_text_file(file.string(), text, error)) {
        diag.warning(file.string(), "", error);
        return json::object();
    }
    json doc = json::parse(text, nullptr, false);
    if (!doc.is_object()) {
        diag.warning(file.string(), "", "settings are not a JSON object; using the defaults");
        return json::object();
    }
    return doc;
}
}  // namespace

float clamp_ui_scale(float scale) {
    if (!(scale == scale)) return 1;  // NaN
    return std::clamp(scale, PresenterSettings::kMinUiScale, PresenterSettings::kMaxUiScale);
}

PresenterSettings load_presenter_settings(const std::filesystem::path& file, Diagnostics& diag) {
    PresenterSettings s;
    json doc = read_settings(file, diag);
    if (auto it = doc.find("ui_scale"); it != doc.end()) {
        if (it->is_number()) s.ui_scale = clamp_ui_scale(it->get<float>());
        else diag.warning(file.string(), "/ui_scale", "expected a number from 1 to 3");
    }
    if (auto it = doc.find("high_contrast"); it != doc.end()) {
        if (it->is_boolean()) s.high_contrast = it->get<bool>();
        else diag.warning(file.string(), "/high_contrast", "expected true or false");
    }
    if (auto it = doc.find("export_folder"); it != doc.end()) {
        if (it->is_string()) s.export_folder = it->get<std::string>();
        else diag.warning(file.string(), "/export_folder", "expected a folder path");
    }
    return s;
}

bool save_presenter_settings(const std::filesystem::path& file, const PresenterSettings& s, Diagnostics& diag) {
    Diagnostics ignored;  // a broken file was reported when it was read; now it is replaced
    json doc = read_settings(file, ignored);
    doc["ui_scale"] = s.ui_scale;
    doc["high_contrast"] = s.high_contrast;
    if (!s.export_folder.empty()) doc["export_folder"] = s.export_folder;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    std::ofstream out(file);
    out << doc.dump(2) << "\n";
    if (!out) {
        diag.error(file.string(), "", "cannot write the settings");
        return false;
    }
    return true;
}

std::filesystem::path export_folder(const PresenterSettings& s) {
    std::error_code ec;
    if (!s.export_folder.empty()) return s.export_folder;
    if (const char* home = std::getenv("HOME"); home && *home) {
        std::filesystem::path pictures = std::filesystem::path(home) / "Pictures";
        if (std::filesystem::is_directory(pictures, ec)) return pictures;
    }
    return std::filesystem::current_path(ec);
}

}  // namespace corridor
