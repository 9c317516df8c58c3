#include "viewer/presenter/presenter.h"

#include <algorithm>

#include <imgui.h>

#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {
// A commune or one town framed alone would fill the screen with one polygon: show some
// surroundings (about 30 km) so the audience sees where it is.
constexpr double kMinTargetMeters = 30000;

Box padded(Box b) {
    if (b.empty()) return b;
    double cx = (b.min_x + b.max_x) / 2, cy = (b.min_y + b.max_y) / 2;
    double half = kMinTargetMeters / 2;
    b.expand(cx - half, cy - half);
    b.expand(cx + half, cy + half);
    return b;
}
}  // namespace

void Presenter::set_tours(std::vector<Tour> tours, TourPlaces places) {
    tours_ = std::move(tours);
    places_ = std::move(places);
}

std::string Presenter::caption_characters() const {
    std::string all;
    for (const Tour& t : tours_) {
        all += t.title.fr + t.title.en;
        for (const TourStep& s : t.steps) {
            all += s.title.fr + s.title.en + s.text.fr + s.text.en;
            for (const TourSource& src : s.sources) all += src.title.fr + src.title.en + src.url;
        }
    }
    return all;
}

bool Presenter::start(MapContext& ctx, const std::string& id) {
    auto it = std::find_if(tours_.begin(), tours_.end(), [&](const Tour& t) { return id.empty() || t.id == id; });
    if (it == tours_.end() || it->steps.empty()) return false;
    player_.emplace(*it);
    active_ = true;
    ctx.select({});
    show_step(ctx);
    return true;
}

void Presenter::leave(MapContext& ctx) {
    active_ = false;
    player_.reset();
    highlight_ = {};
    ctx.highlight.emphasised.clear();
}

void Presenter::show_step(MapContext& ctx) {
    const TourStep* step = player_ ? player_->current() : nullptr;
    if (!step) return;
    // Keep the target clear of the caption band below and the title and controls above (before
    // they are first drawn: a third and a tenth of the window), with the app's padding inside.
    const double W = ctx.camera.viewport_width(), H = ctx.camera.viewport_height();
    const double band = std::clamp(caption_height_ > 0 ? double(caption_height_) : H * 0.33, 0.0, H * 0.6);
    const double top = std::clamp(top_height_ > 0 ? double(top_height_) : H * 0.1, 0.0, H * 0.2);
    ctx.fly_within(padded(tour_target_bounds(step->target, places_)), Box{0, top, W, H - band});
    if (places_.data) {
        ctx.highlight.emphasised = commune_refs(step->highlight.communes, *places_.data);
        for (const FeatureRef& r : country_commune_refs(step->highlight.countries, *places_.data))
            ctx.highlight.emphasised.push_back(r);
    }
    highlight_ = {step->highlight.initiatives, step->highlight.corridors};
}

bool Presenter::handle_key(MapContext& ctx, const sf::Event::KeyEvent& key) {
    if (!active_ || !player_) return false;
    using K = sf::Keyboard;
    bool moved = false;
    switch (key.code) {
    case K::PageDown:
    case K::Space:
    case K::Right: moved = player_->next(); break;
    case K::PageUp:
    case K::Left: moved = player_->previous(); break;
    case K::Home: moved = player_->first(); break;
    case K::End: moved = player_->last(); break;
    case K::P: player_->toggle_play(); break;
    case K::B: player_->toggle_blackout(); break;
    case K::Escape: leave(ctx); break;
    default: return false;  // zoom and up/down pan stay with the map, for a closer look
    }
    if (moved) show_step(ctx);
    return true;
}

void Presenter::update(MapContext& ctx, double dt) {
    if (active_ && player_ && player_->update(dt)) show_step(ctx);
}

void Presenter::draw(MapContext& ctx, const UiFonts& fonts) {
    if (!active_ || !player_) return;
    const ImGuiIO& io = ImGui::GetIO();
    const float W = io.DisplaySize.x, H = io.DisplaySize.y;
    if (player_->blackout()) {
        // Over everything, ImGui windows included; only the presenter's keys remain.
        ImGui::GetForegroundDrawList()->AddRectFilled(ImVec2(0, 0), ImVec2(W, H), IM_COL32(0, 0, 0, 255));
        return;
    }
    const TourStep* step = player_->current();
    TourCaption caption = player_->caption(ui_language());
    const float margin = std::round(H * 0.025f);
    const float width = W - 2 * margin;
    const ImGuiWindowFlags fixed = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                                   ImGuiWindowFlags_AlwaysAutoResize;

    // The caption band, anchored to the bottom edge, as wide as the screen allows.
    ImGui::SetNextWindowPos(ImVec2(margin, H - margin), ImGuiCond_Always, ImVec2(0, 1));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0), ImVec2(width, H * 0.6f));
    ImGui::SetNextWindowBgAlpha(0.93f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(margin, margin * 0.7f));
    if (ImGui::Begin("###tour_caption", nullptr, fixed)) {
        ImGui::PushTextWrapPos(width - margin);
        if (fonts.caption_title) ImGui::PushFont(fonts.caption_title);
        ImGui::TextUnformatted(caption.title.c_str());
        if (fonts.caption_title) ImGui::PopFont();
        if (fonts.caption_text) ImGui::PushFont(fonts.caption_text);
        ImGui::TextUnformatted(caption.text.c_str());
        if (fonts.caption_text) ImGui::PopFont();
        if (fonts.small) ImGui::PushFont(fonts.small);
        // Dark grey rather than ImGui's disabled grey: it must still read on a washed-out projector.
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.25f, 0.25f, 0.25f, 1));
        if (step)
            for (const TourSource& s : step->sources) {
                std::string line = tr_format("tour.sources_line", s.title.in(ui_language()).c_str());
                if (!s.url.empty()) line += " — " + s.url;
                ImGui::TextUnformatted(line.c_str());
            }
        ImGui::PopStyleColor();
        if (fonts.small) ImGui::PopFont();
        ImGui::PopTextWrapPos();
        caption_height_ = ImGui::GetWindowHeight() + margin;
    }
    ImGui::End();
    ImGui::PopStyleVar();
    // A close-up keeps its context: where it lies in Mali and Burkina Faso, just above the caption.
    locator_.draw(ctx.data, ctx.camera, H - caption_height_ - margin / 2, ctx.ui_scale);

    // Step indicator and controls, top right; the tour's title top left.
    ImGui::SetNextWindowPos(ImVec2(W - margin, margin), ImGuiCond_Always, ImVec2(1, 0));
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("###tour_controls", nullptr, fixed)) {
        if (fonts.small) ImGui::PushFont(fonts.small);
        if (ImGui::Button("◀") && player_->previous()) show_step(ctx);
        ImGui::SameLine();
        ImGui::TextUnformatted(player_->indicator().c_str());
        ImGui::SameLine();
        if (ImGui::Button("▶") && player_->next()) show_step(ctx);
        ImGui::SameLine();
        if (ImGui::Button(player_->playing() ? tr("tour.pause") : tr("tour.play"))) player_->toggle_play();
        ImGui::SameLine();
        if (ImGui::Button(tr("presenter.leave"))) leave(ctx);
        if (fonts.small) ImGui::PopFont();
        top_height_ = ImGui::GetWindowPos().y + ImGui::GetWindowHeight();
    }
    ImGui::End();
    if (!active_) return;
    ImGui::SetNextWindowPos(ImVec2(margin, margin), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.85f);
    if (ImGui::Begin("###tour_title", nullptr, fixed)) {
        if (fonts.small) ImGui::PushFont(fonts.small);
        ImGui::TextUnformatted(player_->tour().title.in(ui_language()).c_str());
        if (fonts.small) ImGui::PopFont();
        top_height_ = std::max(top_height_, ImGui::GetWindowPos().y + ImGui::GetWindowHeight());
    }
    ImGui::End();
}

nlohmann::json Presenter::tour_state(const std::string& lang) const {
    if (!player_) return {{"active", false}, {"id", nullptr}, {"step", 0}, {"count", 0},
                          {"caption", {{"title", ""}, {"text", ""}}}, {"playing", false}, {"blackout", false}};
    TourCaption c = player_->caption(lang);
    return {{"active", active_},
            {"id", player_->tour().id},
            {"step", player_->step_index() + 1},
            {"count", player_->step_count()},
            {"caption", {{"title", c.title}, {"text", c.text}}},
            {"playing", player_->playing()},
            {"blackout", player_->blackout()},
            {"initiatives", highlight_.initiatives},
            {"corridors", highlight_.corridors},
            {"locator", locator_.state()}};
}

}  // namespace corridor
