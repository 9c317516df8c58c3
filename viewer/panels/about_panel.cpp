#include "viewer/panels/about_panel.h"

#include <imgui.h>

#include "viewer/panels/section_header.h"
#include "viewer/ui/library_versions.h"
#include "viewer/ui/ui_language.h"

namespace corridor {
namespace {

Lang interface_lang() { return ui_language() == "fr" ? Lang::Fr : Lang::En; }

std::string readme_path(const std::filesystem::path& data_dir) { return (data_dir / "README.md").string(); }

void wrapped(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

}  // namespace

void AboutPanel::draw(const std::filesystem::path& data_dir, FrameRecord& frame) {
    if (!open_) return;
    const Lang lang = interface_lang();
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x * 0.5f, io.DisplaySize.y * 0.5f), ImGuiCond_Appearing,
                            ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34, ImGui::GetFontSize() * 32), ImGuiCond_Appearing);
    const std::string title = tr("menu.about");
    if (ImGui::Begin((title + "###about").c_str(), &open_)) {
        frame.panel("about", title);
        ImGui::TextUnformatted(tr("app.title"));
        ImGui::TextDisabled("%s", tr_format("about.version", program_version().c_str()).c_str());

        section_header(tr("about.program_licence"));
        wrapped(info_.licence.in(lang));

        section_header(tr("about.data_sources"));
        for (const DataSource& s : info_.data_sources) {
            ImGui::PushID(s.id.c_str());
            ImGui::Bullet();
            wrapped(s.name.in(lang));
            ImGui::Indent();
            wrapped(std::string(tr("about.licence")) + " " + s.licence.in(lang));
            std::string attribution = std::string(tr("about.attribution")) + " \"" + s.attribution + "\"";
            if (!s.attribution_note.empty()) attribution += " (" + s.attribution_note.in(lang) + ")";
            wrapped(attribution);
            ImGui::Unindent();
            ImGui::PopID();
        }
        ImGui::Spacing();
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        wrapped(tr_format("about.readme", readme_path(data_dir).c_str()));
        ImGui::PopStyleColor();

        section_header(tr("about.libraries"));
        std::string libraries;
        for (const LibraryVersion& l : library_versions())
            libraries += (libraries.empty() ? "" : ", ") + l.name + " " + l.version;
        wrapped(libraries);
    }
    ImGui::End();
}

nlohmann::json AboutPanel::state(const std::filesystem::path& data_dir) const {
    const Lang lang = interface_lang();
    nlohmann::json sources = nlohmann::json::array(), libraries = nlohmann::json::array();
    for (const DataSource& s : info_.data_sources)
        sources.push_back({{"id", s.id},
                           {"name", s.name.in(lang)},
                           {"licence", s.licence.in(lang)},
                           {"attribution", s.attribution},
                           {"attribution_note", s.attribution_note.in(lang)},
                           {"folders", s.folders}});
    for (const LibraryVersion& l : library_versions()) libraries.push_back({{"name", l.name}, {"version", l.version}});
    return {{"open", open_},
            {"version", program_version()},
            {"licence", info_.licence.in(lang)},
            {"data_sources", sources},
            {"readme", readme_path(data_dir)},
            {"libraries", libraries}};
}

}  // namespace corridor
