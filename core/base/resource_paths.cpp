#include "core/base/resource_paths.h"

#include <cstdlib>
#include <system_error>
#include <unistd.h>

namespace fs = std::filesystem;

namespace corridor {

fs::path executable_dir() {
    std::error_code ec;
    fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path() : exe.parent_path();
}

namespace {

fs::path xdg_dir(const char* variable, const char* fallback_under_home) {
    if (const char* v = std::getenv(variable); v && *v) return fs::path(v) / "corridor-viewer";
    const char* home = std::getenv("HOME");
    fs::path base = home && *home ? fs::path(home) : fs::temp_directory_path();
    return base / fallback_under_home / "corridor-viewer";
}

fs::path ensure(const fs::path& dir) {
    std::error_code ec;
    fs::create_directories(dir, ec);
    return dir;
}

}  // namespace

fs::path resource_dir() {
    if (const char* v = std::getenv("CORRIDOR_RESOURCES"); v && *v) return v;
    fs::path installed = executable_dir() / CORRIDOR_SHARE_DIR_FROM_BIN;
    std::error_code ec;
    if (fs::exists(installed / "shaders", ec)) return fs::weakly_canonical(installed, ec);
    return CORRIDOR_SOURCE_DIR;
}

fs::path shader_path(const std::string& name) { return resource_dir() / "shaders" / name; }
fs::path asset_path(const std::string& name) { return resource_dir() / "assets" / name; }
fs::path project_geodata_path(const std::string& name) { return resource_dir() / "geodata" / name; }

fs::path default_data_dir() {
    if (const char* v = std::getenv("CORRIDOR_DATA"); v && *v) return v;
    std::error_code ec;
    // Installed (the Debian package, cmake --install): the data pack beside the shaders.
    fs::path installed = executable_dir() / CORRIDOR_DATA_PACK_DIR_FROM_BIN;
    if (fs::exists(installed / "README.md", ec)) {
        fs::path canonical = fs::weakly_canonical(installed, ec);
        return ec ? installed : canonical;
    }
    fs::path p = fs::weakly_canonical(CORRIDOR_DEFAULT_DATA_DIR, ec);
    return ec ? fs::path(CORRIDOR_DEFAULT_DATA_DIR) : p;
}

fs::path user_config_dir() { return ensure(xdg_dir("XDG_CONFIG_HOME", ".config")); }
fs::path user_cache_dir() { return xdg_dir("XDG_CACHE_HOME", ".cache"); }

}  // namespace corridor
