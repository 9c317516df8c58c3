#pragma once
// The search box: Ctrl+F or "/" opens it with the cursor in the field, Esc closes it. Results
// follow each keystroke (SearchIndex::search); Up/Down and Enter or the mouse choose one, and
// the map flies there and selects it.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cartography/search_index.h"
#include "viewer/map/map_context.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class SearchPanel {
public:
    static constexpr size_t kMaxResults = 10;

    void set_index(std::shared_ptr<const SearchIndex> index);
    bool ready() const { return index_ != nullptr; }
    void open();
    void close() { open_ = false; }
    bool is_open() const { return open_; }

    // Watches for the opening keys and draws the box when open. Returns the entry the user
    // chose (Enter or a click), and closes; the caller decides what choosing it does.
    std::optional<SearchEntry> draw(FrameRecord& frame);
    // Makes the next draw() return the entry with this id (initiative, corridor, P-code), as if
    // the user had chosen it; false when the index is not ready or holds no such id.
    bool queue_choice(const std::string& id);

    // {open, query, results: [{text, kind, id}]}
    nlohmann::json state() const;
    const std::vector<SearchHit>& results() const { return results_; }

private:
    void run_query();

    std::shared_ptr<const SearchIndex> index_;
    std::optional<SearchEntry> queued_;  // queue_choice(): returned by the next draw()
    bool open_ = false, focus_ = false, opened_by_slash_ = false;
    std::string query_, searched_;
    const SearchIndex* searched_index_ = nullptr;  // results_ are of this index and `searched_`
    std::vector<SearchHit> results_;
    int current_ = 0;
};

// What choosing a place or an admin unit does: the map frames it and selects its feature.
void go_to_search_entry(MapContext& ctx, const SearchEntry& entry);

}  // namespace corridor
