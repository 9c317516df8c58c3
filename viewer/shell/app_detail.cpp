// The one detail pane, reused like a browser tab: the commune, initiative and corridor panels
// open in the same place, the newest replaces the one shown, and Back / Forward (the buttons at
// the pane's top, Alt+Left / Alt+Right) walk what it showed. Part of App (app.h).
#include <utility>

#include "viewer/shell/app.h"

namespace corridor {

void App::sync_detail_pane() {
    if (const int step = std::exchange(detail_nav().clicked, 0)) detail_step(step);
    std::optional<DetailPage> feature, programme;
    if (highlight_.selected.valid() && feature_panel_.is_open())
        feature = DetailPage{DetailPage::Kind::Feature, highlight_.selected, {}, {}};
    const OverlaySelection& sel = overlay_.selection();
    if (sel.corridor >= 0) programme = DetailPage{DetailPage::Kind::Corridor, {}, {sel.corridor}, {}};
    else if (!sel.initiatives.empty()) programme = DetailPage{DetailPage::Kind::Initiatives, {}, sel.initiatives, sel.place};
    // One pane: what opened this frame replaces what was there.
    if (programme && programme != seen_programme_page_) {
        if (feature) select({}), feature.reset();
    } else if (feature && feature != seen_feature_page_ && programme) {
        overlay_.close_panel(OverlayPanel::Initiative), overlay_.close_panel(OverlayPanel::Corridor), programme.reset();
    }
    seen_feature_page_ = feature, seen_programme_page_ = programme;
    if (const std::optional<DetailPage>& now = programme ? programme : feature) detail_history_.visit(*now);
    else detail_history_.close();
    // For the panels of the next frame.
    detail_nav() = {detail_history_.can_back(), detail_history_.can_forward(), 0};
}

void App::detail_step(int step) {
    if (presenter_.active()) return;
    if (std::optional<DetailPage> page = step < 0 ? detail_history_.back() : detail_history_.forward())
        show_detail_page(*page);
}

void App::show_detail_page(const DetailPage& page) {
    switch (page.kind) {
    case DetailPage::Kind::Feature:
        overlay_.close_panel(OverlayPanel::Initiative), overlay_.close_panel(OverlayPanel::Corridor);
        select(page.feature);
        break;
    case DetailPage::Kind::Initiatives:
        select({});
        overlay_.select_initiatives(page.items, page.place);
        break;
    case DetailPage::Kind::Corridor:
        select({});
        if (!page.items.empty()) overlay_.select_corridor(data_, page.items.front());
        break;
    }
    // Seen as they are now: the page shown is the history's current, not a new visit.
    seen_feature_page_ = page.kind == DetailPage::Kind::Feature ? std::optional<DetailPage>(page) : std::nullopt;
    seen_programme_page_ = page.kind != DetailPage::Kind::Feature ? std::optional<DetailPage>(page) : std::nullopt;
}

}  // namespace corridor
