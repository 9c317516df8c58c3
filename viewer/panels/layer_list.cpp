#include "viewer/panels/layer_list.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>

#include "viewer/ui/keep_on_screen.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

FeatureRef draw_features_without_geometry(const Layer& layer, int layer_index) {
    const std::vector<int> unlocated = features_without_geometry(layer);
    if (unlocated.empty()) return {};
    FeatureRef chosen;
    ImGui::PushID(layer_index);
    ImGui::Indent();
    const std::string label = tr_format("layers.without_geometry", int(unlocated.size()));
    if (ImGui::TreeNode("unlocated", "%s", label.c_str())) {
        for (int i : unlocated) {
            ImGui::PushID(i);
            if (ImGui::Selectable(display_name(layer, layer.features[i]).c_str())) chosen = {layer_index, i};
            ImGui::PopID();
        }
        ImGui::TreePop();
    }
    ImGui::Unindent();
    ImGui::PopID();
    return chosen;
}

FeatureRef draw_layer_list(const Geodata& data, LayerVisibility& layers, bool* open, LeftDock& dock,
                           FrameRecord& frame) {
    FeatureRef chosen;
    if (!*open || data.layers.empty()) return chosen;
    fit_next_window_in_display(dock.top());  // a long list at 3x scrolls instead of leaving the window
    const char* title = tr("legend.layers");
    const std::string name = std::string(title) + "###layers";
    dock.place_next(name.c_str(), 0, {4 * ImGui::GetFrameHeight(), 0, false}, true);  // top of the column
    if (ImGui::Begin(name.c_str(), open, ImGuiWindowFlags_AlwaysAutoResize)) {
        frame.panel("layers", title);
        for (int i = 0; i < int(data.layers.size()); ++i) {
            const Layer& l = data.layers[i];
            bool on = layers.shown(i);
            ImGui::PushID(i);
            if (ImGui::Checkbox(layer_title(l).c_str(), &on)) layers.set(i, on);
            if (ImGui::IsItemHovered() && !l.path.empty()) ImGui::SetTooltip("%s\n%zu", l.path.c_str(), l.features.size());
            ImGui::PopID();
            if (FeatureRef f = draw_features_without_geometry(l, i); f.valid()) chosen = f;
        }
    }
    ImGui::End();
    return chosen;
}

void draw_loading(const std::vector<LoadingTask>& tasks, double time, FrameRecord& frame) {
    if (tasks.empty()) return;
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, io.DisplaySize.y - 60), ImGuiCond_Always, ImVec2(0.5f, 1));
    // A fixed width, and the height of what it lists this frame (layers join the list as the
    // catalogue is read), so that it grows upwards from its place above the bottom edge.
    const float width = ImGui::GetFontSize() * 22;
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, io.DisplaySize.y));
    const char* title = tr("loading.title");
    ImGui::Begin((std::string(title) + "###loading").c_str(), nullptr,
                 ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings);
    frame.panel("loading", title);
    // Reading one file has no measurable fraction: the bar sweeps to show work goes on.
    const float sweep = float(std::fmod(time * 0.8, 1.0));
    const float font = ImGui::GetFontSize();
    for (const LoadingTask& t : tasks) {
        ImGui::TextUnformatted(t.text.c_str());
        ImGui::ProgressBar(t.fraction >= 0 ? t.fraction : sweep, ImVec2(-1, 6), "");
        for (const LayerProgress& part : t.parts) {
            ImGui::TextUnformatted(part.layer_id.c_str());
            ImGui::SameLine(font * 10);
            static const char* const kStateNames[] = {"waiting", "reading", "read", "not read"};
            frame.note(part.layer_id + ": " + kStateNames[int(part.state)]);
            if (part.state == LayerLoadState::Failed) {
                ImGui::TextColored(ImVec4(0.7f, 0, 0, 1), "%s", tr("loading.not_read"));
                continue;
            }
            const bool read = part.state == LayerLoadState::Read;
            const float f = read ? 1.0f : part.state == LayerLoadState::Reading ? sweep : 0.0f;
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + font * 0.3f);
            // Green when read, so that a finished layer never looks like a sweep at its end.
            if (read) ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ImVec4(0.2f, 0.6f, 0.3f, 1));
            ImGui::ProgressBar(f, ImVec2(-1, font * 0.4f), "");
            if (read) ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

void draw_problems(const Diagnostics& problems, bool* open, LeftDock& dock, FrameRecord& frame) {
    if (!*open || problems.empty()) return;
    const char* title = tr("problems.title");
    const std::string name = std::string(title) + "###problems";
    // Last in the column, under the legend: a dozen lines where there is room, a few where not.
    const float font = ImGui::GetFontSize();
    dock.place_next(name.c_str(), 3, {6 * font, 12 * font, false}, false);
    if (ImGui::Begin(name.c_str(), open)) {
        frame.panel("problems", title);
        ImGui::TextUnformatted(
            tr_format("problems.count", int(problems.error_count()), int(problems.warning_count())).c_str());
        ImGui::Separator();
        for (const Diagnostic& d : problems.items()) {
            ImVec4 colour = d.severity == Severity::Error ? ImVec4(0.7f, 0, 0, 1) : ImVec4(0.45f, 0.35f, 0, 1);
            ImGui::PushStyleColor(ImGuiCol_Text, colour);
            ImGui::TextWrapped("%s", d.to_string().c_str());
            ImGui::PopStyleColor();
        }
    }
    ImGui::End();
}

}  // namespace corridor
