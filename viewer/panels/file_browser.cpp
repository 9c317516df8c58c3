#include "viewer/panels/file_browser.h"

#include <algorithm>
#include <sstream>

#include <gdal_priv.h>
#include <imgui.h>

#include "core/base/utf8_text.h"
#include "viewer/ui/ui_language.h"

namespace fs = std::filesystem;

namespace corridor {

std::vector<std::string> gdal_vector_extensions() {
    GDALAllRegister();
    std::vector<std::string> out;
    GDALDriverManager* manager = GetGDALDriverManager();
    for (int i = 0; i < manager->GetDriverCount(); ++i) {
        GDALDriver* d = manager->GetDriver(i);
        if (!d->GetMetadataItem(GDAL_DCAP_VECTOR)) continue;
        const char* list = d->GetMetadataItem(GDAL_DMD_EXTENSIONS);
        if (!list) continue;
        std::istringstream words(list);
        for (std::string ext; words >> ext;) {
            std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
            if (std::find(out.begin(), out.end(), ext) == out.end()) out.push_back(ext);
        }
    }
    return out;
}

void FileBrowser::open(const fs::path& folder) {
    if (extensions_.empty()) extensions_ = gdal_vector_extensions();
    open_ = true;
    list(folder_.empty() ? folder : folder_);
}

void FileBrowser::list(const fs::path& folder) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(folder, ec);
    folder_ = ec ? folder : canonical;
    folders_.clear(), files_.clear(), error_.clear();
    selected_ = -1;
    fs::directory_iterator it(folder_, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
        error_ = ec.message();
        return;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        if (p.filename().string().rfind('.', 0) == 0) continue;  // hidden
        if (it->is_directory(ec)) {
            folders_.push_back(p);
        } else {
            std::string ext = p.extension().string();
            if (ext.size() > 1) ext = ext.substr(1);
            std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
            if (std::find(extensions_.begin(), extensions_.end(), ext) != extensions_.end()) files_.push_back(p);
        }
    }
    std::sort(folders_.begin(), folders_.end());
    std::sort(files_.begin(), files_.end());
}

std::optional<fs::path> FileBrowser::draw(FrameRecord& frame) {
    if (!open_) return std::nullopt;
    std::optional<fs::path> chosen;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y / 2), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 35, ImGui::GetFontSize() * 26), ImGuiCond_FirstUseEver);
    const char* title = tr("file.open_layer");
    if (ImGui::Begin((std::string(title) + "###open").c_str(), &open_)) {
        frame.panel("open", title);
        ImGui::TextWrapped("%s", to_utf8(folder_.string()).c_str());  // names on disk need not be UTF-8
        if (!error_.empty()) ImGui::TextColored(ImVec4(0.7f, 0, 0, 1), "%s", error_.c_str());
        float footer = ImGui::GetFrameHeightWithSpacing() + 4;
        fs::path go_to;
        if (ImGui::BeginChild("entries", ImVec2(0, -footer), true)) {
            if (folder_.has_parent_path() && folder_ != folder_.root_path() && ImGui::Selectable("..", false))
                go_to = folder_.parent_path();
            for (const fs::path& d : folders_)
                if (ImGui::Selectable((to_utf8(d.filename().string()) + "/").c_str(), false)) go_to = d;
            for (int i = 0; i < int(files_.size()); ++i) {
                if (ImGui::Selectable(to_utf8(files_[i].filename().string()).c_str(), selected_ == i,
                                      ImGuiSelectableFlags_AllowDoubleClick)) {
                    selected_ = i;
                    if (ImGui::IsMouseDoubleClicked(0)) chosen = files_[i];
                }
            }
        }
        ImGui::EndChild();
        ImGui::BeginDisabled(selected_ < 0);
        if (ImGui::Button(tr("common.open"))) chosen = files_[selected_];
        ImGui::EndDisabled();
        ImGui::SameLine();
        if (ImGui::Button(tr("common.cancel"))) open_ = false;
        if (!go_to.empty()) list(go_to);
    }
    ImGui::End();
    if (chosen) open_ = false;
    return chosen;
}

}  // namespace corridor
