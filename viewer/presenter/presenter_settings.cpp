#include "viewer/presenter/presenter_settings.h"

#include <algorithm>
#include <cstdlib>
#include <ctime>

#include <nlohmann/json.hpp>

#include "core/base/file_write.h"
#include "core/base/json_dump.h"
#include "core/base/json_lines.h"
#include "core/base/json_text.h"
#include "core/base/utf8_text.h"

namespace corridor {

using nlohmann::json;

namespace {

struct SettingsFile {
    json doc = json::object();
    JsonLineMap lines;
};

// "settings.json.broken-20261202-101500": never over an earlier backup.
std::filesystem::path backup_name(const std::filesystem::path& file) {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    localtime_r(&now, &tm);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &tm);
    std::filesystem::path backup = file;
    backup += std::string(".broken-") + stamp;
    for (int n = 2; std::filesystem::exists(backup); ++n) {
        backup = file;
        backup += std::string(".broken-") + stamp + "-" + std::to_string(n);
    }
    return backup;
}

// The whole file as JSON; a missing file gives an empty object. A broken one (not JSON, not an
// object) is reported and, with `set_aside`, renamed to a backup so that the next save writes
// the defaults without destroying what the user may want to repair.
SettingsFile read_settings(const std::filesystem::path& file, Diagnostics& diag, bool set_aside) {
    SettingsFile out;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return out;
    const std::string name = to_utf8(file.string());
    std::string text, error;
    if (!read_text_file(file.string(), text, error, &diag)) {
        diag.error(name, "", error + "; using the default settings");
        return out;
    }
    std::string problem;
    json doc;
    try {
        doc = json::parse(text);
        if (!doc.is_object()) problem = "settings are not a JSON object";
    } catch (const json::exception& e) {
        const JsonTextError error = json_text_error(text, e);
        problem = "not valid JSON (" + describe_position(error.position) + "): " + error.what;
    }
    if (problem.empty()) {
        out.doc = std::move(doc);
        out.lines = JsonLineMap(text);
        return out;
    }
    std::string kept;
    if (set_aside) {
        const auto backup = backup_name(file);
        std::filesystem::rename(file, backup, ec);
        kept = ec ? "; it could not be set aside (" + ec.message() + ")" : "; kept as " + to_utf8(backup.filename().string());
    }
    diag.error(name, "", problem + kept + "; using the default settings");
    return out;
}

}  // namespace

float clamp_ui_scale(float scale) {
    if (!(scale == scale)) return 1;  // NaN
    return std::clamp(scale, PresenterSettings::kMinUiScale, PresenterSettings::kMaxUiScale);
}

PresenterSettings load_presenter_settings(const std::filesystem::path& file, Diagnostics& diag, bool set_aside_if_broken) {
    PresenterSettings s;
    SettingsFile settings = read_settings(file, diag, set_aside_if_broken);
    const json& doc = settings.doc;
    const std::string name = to_utf8(file.string());
    auto where = [&](const char* key) { return json_where(settings.lines, std::string("/") + key); };
    if (auto it = doc.find("ui_scale"); it != doc.end()) {
        if (it->is_number()) s.ui_scale = clamp_ui_scale(it->get<float>());
        else diag.warning(name, where("ui_scale"), "expected a number from 1 to 3");
    }
    auto read_bool = [&](const char* key, bool& value) {
        auto it = doc.find(key);
        if (it == doc.end()) return;
        if (it->is_boolean()) value = it->get<bool>();
        else diag.warning(name, where(key), "expected true or false");
    };
    read_bool("high_contrast", s.high_contrast);
    read_bool("export_title", s.export_title);
    read_bool("export_date_line", s.export_date_line);
    if (auto it = doc.find("export_folder"); it != doc.end()) {
        if (it->is_string()) s.export_folder = it->get<std::string>();
        else diag.warning(name, where("export_folder"), "expected a folder path");
    }
    auto read_megabytes = [&](const char* key, double& value) {
        auto it = doc.find(key);
        if (it == doc.end()) return;
        if (it->is_number() && it->get<double>() >= 1 && it->get<double>() <= 1024 * 1024) value = it->get<double>();
        else diag.warning(name, where(key), "expected a size in megabytes from 1 to 1048576");
    };
    read_megabytes("max_layer_mb", s.max_layer_mb);
    read_megabytes("cache_max_mb", s.cache_max_mb);
    if (auto it = doc.find("recent_files"); it != doc.end()) {
        if (it->is_array()) {
            for (const json& f : *it)
                if (f.is_string() && s.recent_files.size() < kRecentFiles) s.recent_files.push_back(f.get<std::string>());
        } else {
            diag.warning(name, where("recent_files"), "expected a list of file paths");
        }
    }
    return s;
}

void remember_recent_file(PresenterSettings& s, const std::string& file) {
    if (!is_valid_utf8(file)) return;  // settings.json holds UTF-8: such a name would come back mangled
    s.recent_files.erase(std::remove(s.recent_files.begin(), s.recent_files.end(), file), s.recent_files.end());
    s.recent_files.insert(s.recent_files.begin(), file);
    if (s.recent_files.size() > kRecentFiles) s.recent_files.resize(kRecentFiles);
}

bool save_presenter_settings(const std::filesystem::path& file, const PresenterSettings& s, Diagnostics& diag) {
    Diagnostics ignored;  // a broken file was reported (and set aside) when it was read
    json doc = read_settings(file, ignored, false).doc;
    doc["ui_scale"] = s.ui_scale;
    doc["high_contrast"] = s.high_contrast;
    doc["export_title"] = s.export_title;
    doc["export_date_line"] = s.export_date_line;
    if (!s.export_folder.empty()) doc["export_folder"] = s.export_folder;
    if (!s.recent_files.empty()) doc["recent_files"] = s.recent_files;
    std::error_code ec;
    std::filesystem::create_directories(file.parent_path(), ec);
    std::string error;
    if (!write_file_atomically(file, dump_json(doc, 2) + "\n", error)) {
        diag.error(to_utf8(file.string()), "", "cannot write the settings: " + error);
        return false;
    }
    return true;
}

std::uintmax_t max_layer_bytes(const PresenterSettings& s) { return std::uintmax_t(s.max_layer_mb * (1 << 20)); }
std::uintmax_t cache_max_bytes(const PresenterSettings& s) { return std::uintmax_t(s.cache_max_mb * (1 << 20)); }

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
