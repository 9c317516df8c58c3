#include "viewer/ui/detail_history.h"

namespace corridor {

void DetailHistory::visit(const DetailPage& page) {
    if (shown_ && pages_[at_] == page) return;
    if (!pages_.empty()) pages_.resize(at_ + 1);  // as a browser: a new page drops the ones ahead
    pages_.push_back(page);
    at_ = pages_.size() - 1;
    shown_ = true;
}

std::optional<DetailPage> DetailHistory::back() {
    if (!can_back()) return std::nullopt;
    return pages_[--at_];
}

std::optional<DetailPage> DetailHistory::forward() {
    if (!can_forward()) return std::nullopt;
    return pages_[++at_];
}

DetailNav& detail_nav() {
    static DetailNav nav;  // one pane, one row: as the UI translator, one per process
    return nav;
}

}  // namespace corridor
