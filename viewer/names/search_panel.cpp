#include "viewer/names/search_panel.h"

#include <algorithm>

#include <SFML/Window/Keyboard.hpp>
#include <imgui.h>
#include <imgui_stdlib.h>

#include "core/project/projection.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {

constexpr double kTownZoom = 11, kVillageZoom = 12.5;  // points have no extent: a zoom that shows their streets

bool typed(char c) {
    const ImGuiIO& io = ImGui::GetIO();
    for (ImWchar w : io.InputQueueCharacters)
        if (w == ImWchar(c)) return true;
    return false;
}

}  // namespace

void SearchPanel::set_index(std::shared_ptr<const SearchIndex> index) {
    index_ = std::move(index);
    run_query();
}

void SearchPanel::open() {
    open_ = true;
    focus_ = true;
}

void SearchPanel::run_query() {
    if (query_ == searched_ && index_.get() == searched_index_) return;
    searched_ = query_, searched_index_ = index_.get();
    results_ = index_ ? index_->search(query_, kMaxResults) : std::vector<SearchHit>{};
    current_ = 0;
}

void go_to_search_entry(MapContext& ctx, const SearchEntry& e) {
    const Geodata& data = ctx.data;
    const Layer* layer = data.layer(e.layer);
    FeatureRef ref;
    if (layer && e.feature >= 0 && e.feature < long(layer->features.size()))
        ref = {int(layer - data.layers.data()), int(e.feature)};
    if (!e.bounds.empty() && e.bounds.width() > 0) ctx.fly_to(e.bounds);
    else ctx.fly_to(lonlat_to_mercator(e.lonlat), e.kind == SearchKind::Village ? kVillageZoom : kTownZoom);
    if (ref.valid()) ctx.select(ref);
}

bool SearchPanel::queue_choice(const std::string& id) {
    if (!index_) return false;
    for (const SearchEntry& e : index_->entries())
        if (e.id == id) {
            queued_ = e;
            return true;
        }
    return false;
}

std::optional<SearchEntry> SearchPanel::draw(FrameRecord& frame) {
    if (queued_) {
        std::optional<SearchEntry> e = std::move(queued_);
        queued_.reset();
        close();
        return e;
    }
    const ImGuiIO& io = ImGui::GetIO();
    if (!open_ && !io.WantTextInput) {
        if (io.KeyCtrl && ImGui::IsKeyPressed(sf::Keyboard::F, false)) open();
        else if (!io.KeyCtrl && typed('/')) open(), opened_by_slash_ = true;
    }
    if (!open_) return std::nullopt;
    std::optional<SearchEntry> chosen_entry;

    const float width = 460 * ImGui::GetFontSize() / 16;
    ImGui::SetNextWindowPos(ImVec2(io.DisplaySize.x / 2, ImGui::GetFrameHeight() + 8), ImGuiCond_Always, ImVec2(0.5f, 0));
    // At least `width`; wider for long parent texts, up to most of the window.
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(std::max(width, io.DisplaySize.x * 0.8f), io.DisplaySize.y * 0.8f));
    const char* title = tr("search.title");
    bool keep_open = true;
    if (ImGui::Begin((std::string(title) + "###search").c_str(), &keep_open,
                     ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings)) {
        frame.panel("search", title);
        // Reopened, the last query is selected: typing replaces it, an arrow key keeps it.
        if (focus_) ImGui::SetKeyboardFocusHere(), focus_ = false;
        ImGui::SetNextItemWidth(-1);
        bool enter = ImGui::InputTextWithHint("##query", tr("search.hint"),
                                              &query_, ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
        // "/" opened the box; the same keystroke must not land in the field.
        if (opened_by_slash_ && query_ == "/") query_.clear();
        opened_by_slash_ = false;
        run_query();
        const int n = int(results_.size());
        if (n > 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_DownArrow))) current_ = (current_ + 1) % n;
        if (n > 0 && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_UpArrow))) current_ = (current_ + n - 1) % n;
        int chosen = enter && n > 0 ? current_ : -1;
        if (!index_) ImGui::TextDisabled("%s", tr("search.preparing"));
        else if (n == 0 && !query_.empty()) ImGui::TextDisabled("%s", tr("search.no_place"));
        for (int i = 0; i < n; ++i) {
            const std::string text = format_search_result(index_->entry(results_[i].entry), ui_language());
            ImGui::PushID(i);
            if (ImGui::Selectable(text.c_str(), i == current_)) chosen = i;
            ImGui::PopID();
        }
        if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) keep_open = false;
        if (chosen >= 0) chosen_entry = index_->entry(results_[chosen].entry), keep_open = false;
    }
    ImGui::End();
    if (!keep_open) close();
    return chosen_entry;
}

nlohmann::json SearchPanel::state() const {
    nlohmann::json results = nlohmann::json::array();
    if (index_)
        for (const SearchHit& h : results_) {
            const SearchEntry& e = index_->entry(h.entry);
            results.push_back({{"text", format_search_result(e, ui_language())},
                               {"name", shown_name(e, ui_language())},
                               {"kind", kind_word(e.kind, "en")},
                               {"id", e.id},
                               {"layer", e.layer}});
        }
    return {{"open", open_}, {"query", query_}, {"results", results}};
}

}  // namespace corridor
