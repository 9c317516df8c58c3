#include "viewer/panels/file_browser.h"

#include <algorithm>
#include <cctype>
#include <sstream>

#include <gdal_priv.h>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/utf8_text.h"
#include "viewer/ui/ui_language.h"

namespace fs = std::filesystem;

namespace corridor {

namespace {

// Whether GDAL reads a file of this name as vector data, by its extension (lower-cased).
bool readable_extension(const fs::path& p, const std::vector<std::string>& extensions) {
    std::string ext = p.extension().string();
    if (ext.size() > 1) ext = ext.substr(1);
    std::transform(ext.begin(), ext.end(), ext.begin(), ::tolower);
    return std::find(extensions.begin(), extensions.end(), ext) != extensions.end();
}

}  // namespace

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

fs::path resolve_typed_path(const std::string& typed, const fs::path& folder, const fs::path& home) {
    std::string t = typed;
    // Pasted paths often carry quotes or a trailing newline from a terminal or a file manager.
    while (!t.empty() && (std::isspace(static_cast<unsigned char>(t.back())) || t.back() == '\'' || t.back() == '"')) t.pop_back();
    size_t start = 0;
    while (start < t.size() && (std::isspace(static_cast<unsigned char>(t[start])) || t[start] == '\'' || t[start] == '"')) ++start;
    t = t.substr(start);
    if (t.rfind("file://", 0) == 0) t = t.substr(7);  // dragged from a browser or a file manager
    if (t.empty()) return folder;
    if (t == "~") return home;
    if (t.rfind("~/", 0) == 0) return home / t.substr(2);
    fs::path p(t);
    return p.is_absolute() ? p : folder / p;
}

void FileBrowser::open(const fs::path& folder, FileBrowserPlaces places) {
    if (extensions_.empty()) extensions_ = gdal_vector_extensions();
    places_ = std::move(places);
    open_ = true;
    focus_path_ = true;  // typing or pasting a path is the quickest way
    list(folder_.empty() ? folder : folder_);
}

void FileBrowser::list(const fs::path& folder) {
    std::error_code ec;
    fs::path canonical = fs::weakly_canonical(folder, ec);
    folder_ = ec ? folder : canonical;
    typed_ = to_utf8(folder_.string());
    folders_.clear(), files_.clear(), error_.clear();
    selected_ = -1;
    fs::directory_iterator it(folder_, fs::directory_options::skip_permission_denied, ec), end;
    if (ec) {
        error_ = to_utf8(folder_.string()) + ": " + ec.message();
        return;
    }
    for (; it != end; it.increment(ec)) {
        if (ec) break;
        const fs::path& p = it->path();
        if (p.filename().string().rfind('.', 0) == 0) continue;  // hidden
        if (it->is_directory(ec)) folders_.push_back(p);
        else if (readable_extension(p, extensions_)) files_.push_back(p);
    }
    std::sort(folders_.begin(), folders_.end());
    std::sort(files_.begin(), files_.end());
}

std::optional<fs::path> FileBrowser::go_to_typed() {
    const fs::path p = resolve_typed_path(typed_, folder_, places_.home);
    std::error_code ec;
    if (fs::is_directory(p, ec)) {
        list(p);
        return std::nullopt;
    }
    const std::string shown = to_utf8(p.string());
    if (!fs::exists(p, ec)) error_ = tr_format("file.not_found", shown.c_str());
    else if (!readable_extension(p, extensions_)) error_ = tr_format("file.not_vector", shown.c_str());
    else return p;
    return std::nullopt;
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
        fs::path go_to;
        // Shortcuts: Home, Data, and the files opened before.
        if (ImGui::Button(tr("file.home"))) go_to = places_.home;
        frame.control("file.home", tr("file.home"));
        ImGui::SameLine();
        ImGui::BeginDisabled(places_.data.empty());
        if (ImGui::Button(tr("file.data"))) go_to = places_.data;
        ImGui::EndDisabled();
        frame.control("file.data", tr("file.data"));
        ImGui::SameLine();
        ImGui::BeginDisabled(places_.recent.empty());
        if (ImGui::Button((std::string(tr("file.recent")) + " \xe2\x96\xbe").c_str())) ImGui::OpenPopup("recent");
        ImGui::EndDisabled();
        frame.control("file.recent", tr("file.recent"));
        if (ImGui::BeginPopup("recent")) {
            for (size_t i = 0; i < places_.recent.size(); ++i) {
                const fs::path& r = places_.recent[i];
                ImGui::PushID(int(i));
                if (ImGui::Selectable(to_utf8(r.filename().string()).c_str())) chosen = r;
                if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", to_utf8(r.string()).c_str());
                frame.control("file.recent." + std::to_string(i), to_utf8(r.string()));
                ImGui::PopID();
            }
            ImGui::EndPopup();
        }
        // The path field: the folder shown, or a typed or pasted path; Enter goes there.
        if (focus_path_) ImGui::SetKeyboardFocusHere(), focus_path_ = false;
        ImGui::SetNextItemWidth(-1);
        if (ImGui::InputTextWithHint("##path", tr("file.path_hint"), &typed_,
                                     ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll)) {
            chosen = go_to_typed();
            focus_path_ = !chosen;  // stay in the field to correct a typo
        }
        frame.control("file.path", tr("file.path_hint"));
        if (!error_.empty()) ImGui::TextColored(ImVec4(0.7f, 0, 0, 1), "%s", error_.c_str());
        float footer = ImGui::GetFrameHeightWithSpacing() + 4;
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

nlohmann::json FileBrowser::state() const {
    nlohmann::json folders = nlohmann::json::array(), files = nlohmann::json::array();
    for (const fs::path& d : folders_) folders.push_back(to_utf8(d.filename().string()));
    for (const fs::path& f : files_) files.push_back(to_utf8(f.filename().string()));
    return {{"open", open_}, {"folder", to_utf8(folder_.string())}, {"path", typed_},
            {"folders", folders}, {"files", files}, {"error", error_}};
}

}  // namespace corridor
