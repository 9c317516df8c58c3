#include "viewer/ui/left_dock.h"

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

#include <imgui_internal.h>  // window settings and sizes: ImGui has no public way to ask

namespace corridor {

namespace {
bool differ(ImVec2 a, ImVec2 b) { return std::fabs(a.x - b.x) > 0.5f || std::fabs(a.y - b.y) > 0.5f; }
}  // namespace

void LeftDock::begin_frame(float top, float bottom) {
    top_ = top + kMargin;
    bottom_ = bottom - kMargin;
}

float LeftDock::column_width() const {
    return std::min(ImGui::GetFontSize() * 19, ImGui::GetIO().DisplaySize.x * 0.45f);
}

void LeftDock::place_next(const char* window_name, int order, DockSlot slot, bool auto_height) {
    const int frame = ImGui::GetFrameCount();
    const ImGuiID id = ImHashStr(window_name);  // honours "###": one entry in every language
    auto [it, first] = entries_.try_emplace(id);
    Entry& e = it->second;
    if (first) e.docked = ImGui::FindWindowSettings(id) == nullptr;  // imgui.ini placed it
    e.order = order, e.slot = slot, e.auto_height = auto_height, e.last_frame = frame;
    const ImGuiWindow* w = ImGui::FindWindowByID(id);
    if (e.docked && e.placed && w) {
        // Not where we put it last frame: the user moved, resized or (un)collapsed it.
        const bool resized = !auto_height && !e.collapsed && differ(w->SizeFull, e.size);
        if (differ(w->Pos, e.pos) || resized || w->Collapsed != e.collapsed) e.docked = false;
    }
    if (!e.docked) return;
    if (auto_height && w && w->ContentSizeIdeal.y > 0)
        e.slot.want_h = w->ContentSizeIdeal.y + w->WindowPadding.y * 2 + w->TitleBarHeight();

    // The column: the docked panels drawn this frame or the last, in order.
    std::vector<std::pair<int, ImGuiID>> column;
    for (const auto& [other, entry] : entries_)
        if (entry.docked && entry.last_frame >= frame - 1) column.push_back({entry.order, other});
    std::sort(column.begin(), column.end());
    std::vector<DockSlot> slots;
    for (const auto& c : column) slots.push_back(entries_[c.second].slot);
    const float title = ImGui::GetFrameHeight();  // a collapsed window's height
    const std::vector<float> heights = stack_column(slots, top_, bottom_, kMargin, title);

    float y = top_;
    for (size_t i = 0; i < column.size(); y += heights[i] + kMargin, ++i) {
        if (column[i].second != id) continue;
        // Too short for a line of content under the title and ImGui's minimum: collapse.
        const float min_open = std::max(3 * title, ImGui::GetStyle().WindowMinSize.y);
        e.collapsed = heights[i] < min_open;
        e.pos = ImVec2(kMargin, std::floor(y));
        e.size = ImVec2(std::floor(column_width()), std::floor(heights[i]));
        e.placed = true;
        ImGui::SetNextWindowPos(e.pos, ImGuiCond_Always);
        ImGui::SetNextWindowCollapsed(e.collapsed, ImGuiCond_Always);
        if (auto_height) ImGui::SetNextWindowSizeConstraints(ImVec2(e.size.x, 0), e.size);
        else if (!e.collapsed) ImGui::SetNextWindowSize(e.size, ImGuiCond_Always);
        return;
    }
}

}  // namespace corridor
