#include "viewer/programme/corridor_panel.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/base/number_text.h"
#include "core/measure/corridor_export.h"
#include "viewer/panels/section_header.h"
#include "viewer/ui/detail_pane.h"
#include "viewer/ui/open_folder.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {

Lang lang_of(const Translator& tr) { return tr.language() == "fr" ? Lang::Fr : Lang::En; }

// "219,1 km" in French, "219.1 km" in English.
std::string km_text(const Translator& tr, double km) {
    return number_text(km, 1, tr.language()) + " " + tr.tr("unit.km");
}


// The communes as rows; returns the P-code of the one clicked, else "".
std::string commune_rows(const char* table_id, const std::vector<CorridorCommune>& communes, const Translator& tr,
                         bool with_distance) {
    std::string go_to;
    if (!ImGui::BeginTable(table_id, with_distance ? 3 : 2,
                           ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollY,
                           ImVec2(0, std::min(200.0f, 26.0f + 21.0f * float(communes.size())))))
        return go_to;
    for (const CorridorCommune& c : communes) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::PushID(c.pcode.c_str());
        if (ImGui::Selectable(c.name.c_str())) go_to = c.pcode;
        ImGui::PopID();
        ImGui::TableSetColumnIndex(1);
        ImGui::TextDisabled("%s", c.cercle.c_str());
        if (with_distance) {
            ImGui::TableSetColumnIndex(2);
            ImGui::TextUnformatted(km_text(tr, c.distance_km).c_str());
        }
    }
    ImGui::EndTable();
    return go_to;
}

}  // namespace

static CsvStyle csv_style(const Translator& tr) {
    std::vector<std::string> headers;
    for (const char* key : {"csv.pcode", "csv.name", "csv.cercle", "csv.region", "csv.country", "csv.distance_km",
                            "csv.relation"})
        headers.push_back(tr.tr(key));
    return spreadsheet_csv_style(tr.language(), std::move(headers), tr.tr("csv.crossed"), tr.tr("csv.within"));
}

std::string corridor_export_name(const std::string& corridor_id, double buffer_km, const std::string& extension) {
    char km[32];
    std::snprintf(km, sizeof km, "%.0fkm", buffer_km);
    return "corridor-" + corridor_id + "-" + km + "." + extension;
}

void CorridorPanel::open(const Corridor& corridor, int index, const Geodata& data) {
    if (index == index_) return;
    index_ = index;
    length_ = corridor_length(corridor);
    crossed_ = communes_crossed(corridor.line(), data.admin_layers(AdminLevel::Commune));
    compute_buffer(corridor, data);
    export_message_.clear();
}

void CorridorPanel::compute_buffer(const Corridor& corridor, const Geodata& data) {
    buffer_ = communes_near(corridor.line(), buffer_km_, data.admin_layers(AdminLevel::Commune));
}

std::string CorridorPanel::draw(const Corridor& corridor, const Geodata& data, const Translator& tr, FrameRecord& frame,
                                const std::filesystem::path& export_folder) {
    std::string go_to;
    if (!is_open()) return go_to;
    const Lang lang = lang_of(tr);
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x - kDetailPaneMargin, kDetailPaneTop), ImGuiCond_Appearing, ImVec2(1, 0));
    ImGui::SetNextWindowSize(ImVec2(detail_pane_width(), 0), ImGuiCond_Appearing);
    ImGui::SetNextWindowSizeConstraints(ImVec2(300, 0), ImVec2(600, io.DisplaySize.y - 60));
    bool open = true;
    const std::string& title = corridor.name.in(lang);
    if (ImGui::Begin((title + "###corridor").c_str(), &open)) {
        frame.panel("corridor", title);
        draw_detail_nav(frame);  // Back / Forward, as a browser's
        ImGui::TextDisabled("%s", tr.tr("corridor.title"));
        if (corridor.indicative) {
            ImGui::SameLine();
            ImGui::TextColored(ImVec4(0.6f, 0.4f, 0.05f, 1), "— %s", tr.tr("corridor.indicative_route"));
        }
        if (corridor.context) ImGui::TextColored(ImVec4(0.5f, 0.5f, 0.5f, 1), "%s", tr.tr("corridor.context_not_mped"));
        ImGui::PushTextWrapPos(0);
        if (!corridor.purpose.in(lang).empty()) ImGui::TextUnformatted(corridor.purpose.in(lang).c_str());
        if (!corridor.status.in(lang).empty()) ImGui::TextDisabled("%s", corridor.status.in(lang).c_str());
        ImGui::TextDisabled("%s", (corridor.line_note.in(lang).empty() ? tr.tr("corridor.indicative_note")
                                                                       : corridor.line_note.in(lang).c_str()));
        ImGui::PopTextWrapPos();

        // The actions first, where they are seen without scrolling: the lists below are long.
        section_header(tr.tr("export.title"));
        auto export_to = [&](const std::string& ext) {
            std::filesystem::path path = export_folder / corridor_export_name(corridor.id, buffer_.distance_km, ext);
            Diagnostics diag;
            export_ok_ = ext == "csv" ? write_communes_csv(path, buffer_.communes, buffer_.distance_km, csv_style(tr), diag)
                                      : write_communes_geojson(path, buffer_.communes, corridor.id, buffer_.distance_km, diag);
            char buf[1024];
            std::snprintf(buf, sizeof buf, tr.tr(export_ok_ ? "export.saved" : "export.failed"), path.string().c_str());
            export_message_ = buf;
            if (!export_ok_ && !diag.items().empty()) export_message_ += "\n" + diag.items().front().message;
        };
        if (ImGui::Button(tr.tr("corridor.export_csv"))) export_to("csv");
        ImGui::SameLine();
        if (ImGui::Button(tr.tr("corridor.export_geojson"))) export_to("geojson");
        if (ImGui::Button(tr.tr("corridor.open_folder"))) open_folder(export_folder);  // own line: French is long
        ImGui::PushTextWrapPos(0);
        ImGui::TextDisabled("%s", tr_format("menu.export_folder", export_folder.string().c_str()).c_str());
        ImGui::PopTextWrapPos();
        if (!export_message_.empty()) {
            ImGui::PushTextWrapPos(0);
            ImGui::TextColored(export_ok_ ? ImVec4(0.1f, 0.5f, 0.2f, 1) : ImVec4(0.75f, 0.1f, 0.1f, 1), "%s",
                               export_message_.c_str());
            ImGui::PopTextWrapPos();
        }

        section_header(tr.tr("corridor.towns"));
        if (ImGui::BeginTable("towns", 2, ImGuiTableFlags_SizingStretchProp)) {
            for (size_t i = 0; i < corridor.towns.size(); ++i) {
                const CorridorTown& t = corridor.towns[i];
                ImGui::TableNextRow();
                ImGui::TableSetColumnIndex(0);
                ImGui::PushID(int(i));
                std::string label = std::to_string(i + 1) + ". " + t.name;
                if (ImGui::Selectable(label.c_str()) && !t.commune.empty()) go_to = t.commune;
                ImGui::PopID();
                if (i + 1 < corridor.towns.size() && i < length_.legs.size()) {
                    ImGui::TableNextRow();
                    ImGui::TableSetColumnIndex(1);
                    ImGui::TextDisabled("↓ %s", km_text(tr, length_.legs[i].km).c_str());
                }
            }
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::TextUnformatted(tr.tr("corridor.total"));
            ImGui::TableSetColumnIndex(1);
            ImGui::TextUnformatted(km_text(tr, length_.total_km).c_str());
            ImGui::EndTable();
        }

        section_header(tr.tr("corridor.communes_crossed"));
        if (corridor.indicative) ImGui::TextDisabled("%s", tr.tr("corridor.communes_not_named"));
        if (std::string p = commune_rows("crossed", crossed_, tr, false); !p.empty()) go_to = p;

        section_header(tr.tr("corridor.communes_within_buffer"));
        ImGui::SetNextItemWidth(-1);
        ImGui::SliderFloat("##buffer", &buffer_km_, float(kMinBufferKm), float(kMaxBufferKm),
                           (std::string(tr.tr("corridor.buffer_km")) + ": %.0f").c_str());
        // GEOS on hundreds of communes: compute once the slider is let go, not while dragging.
        if (ImGui::IsItemDeactivatedAfterEdit()) {
            buffer_km_ = std::round(buffer_km_);
            compute_buffer(corridor, data);
        }
        ImGui::Text("%s: %zu", tr.tr("legend.communes"), buffer_.communes.size());
        if (std::string p = commune_rows("within", buffer_.communes, tr, true); !p.empty()) go_to = p;


        if (!corridor.sources.empty()) {
            section_header(tr.tr("initiative.sources"));
            ImGui::PushTextWrapPos(0);
            for (const Source& s : corridor.sources) {
                ImGui::BulletText("%s", s.title.c_str());
                if (!s.publisher.empty() || !s.url.empty())
                    ImGui::TextDisabled("   %s%s%s", s.publisher.c_str(), s.publisher.empty() ? "" : " — ", s.url.c_str());
            }
            ImGui::PopTextWrapPos();
        }
    }
    ImGui::End();
    if (!open) close();
    return go_to;
}

nlohmann::json CorridorPanel::state() const {
    if (!is_open()) return nullptr;
    nlohmann::json legs = nlohmann::json::array();
    for (const CorridorLeg& l : length_.legs) legs.push_back({{"from", l.from}, {"to", l.to}, {"km", l.km}});
    return {{"buffer_km", buffer_.distance_km},
            {"communes_within", buffer_.communes.size()},
            {"communes_crossed", crossed_.size()},
            {"legs", legs},
            {"total_km", length_.total_km},
            {"export_message", export_message_}};
}

}  // namespace corridor
