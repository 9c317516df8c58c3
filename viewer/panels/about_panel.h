#pragma once
// Help ▸ About (F1): the version, the program's licence, each data source with its licence and
// attribution line (geodata/about.json, from the data pack's README), and the libraries' versions.
#include <filesystem>

#include <nlohmann/json.hpp>

#include "core/programme/about_info.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class AboutPanel {
public:
    void load(const std::filesystem::path& about_json, Diagnostics& diag) { info_ = load_about_info(about_json, diag); }
    void open() { open_ = true; }
    bool is_open() const { return open_; }

    // `data_dir`: the boundary data folder in use, whose README the panel points to.
    void draw(const std::filesystem::path& data_dir, FrameRecord& frame);
    // {"open", "version", "licence", "data_sources": [...], "libraries": [...], "readme"}, in the
    // interface language.
    nlohmann::json state(const std::filesystem::path& data_dir) const;

private:
    AboutInfo info_;
    bool open_ = false;
};

}  // namespace corridor
