#pragma once
// The one detail pane's history, as a browser's: what it showed (a commune or other feature,
// initiatives, a corridor), Back and Forward. GUI-free; the app records each page the pane opens
// on and applies the page Back or Forward returns.
#include <optional>
#include <string>
#include <vector>

#include "core/normalise/feature.h"

namespace corridor {

struct DetailPage {
    enum class Kind { Feature, Initiatives, Corridor };
    Kind kind = Kind::Feature;
    FeatureRef feature;      // Feature
    std::vector<int> items;  // Initiatives: their indices; Corridor: its index
    std::string place;       // Initiatives at one place: its name
    bool operator==(const DetailPage&) const = default;
};

class DetailHistory {
public:
    // The pane opened on `page` (a click, a search, a link): it becomes current, and the pages
    // that were ahead of the old current are dropped. The current page again changes nothing.
    void visit(const DetailPage& page);
    // The pane was closed: nothing is current; the history stays for the next visit.
    void close() { shown_ = false; }
    bool can_back() const { return shown_ && at_ > 0; }
    bool can_forward() const { return shown_ && at_ + 1 < pages_.size(); }
    // The page to show now, and it becomes current; nullopt when there is none that way.
    std::optional<DetailPage> back();
    std::optional<DetailPage> forward();
    const DetailPage* current() const { return shown_ ? &pages_[at_] : nullptr; }
    size_t size() const { return pages_.size(); }

private:
    std::vector<DetailPage> pages_;
    size_t at_ = 0;
    bool shown_ = false;
};

// This frame's Back / Forward row: the app sets what is possible before the panels draw; the
// detail panel drawn shows the row at its top (draw_detail_nav); the app reads the click after.
struct DetailNav {
    bool can_back = false, can_forward = false;
    int clicked = 0;  // -1 Back, +1 Forward
};
DetailNav& detail_nav();

}  // namespace corridor
