#pragma once
// The search box: Ctrl+F or "/" opens it with the cursor in the field, Esc closes it. Results
// follow each keystroke (SearchIndex::search); Up/Down and Enter or the mouse choose one, and
// the map flies there and selects it.
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/cartography/search_index.h"
#include "viewer/ui/state_json.h"

namespace corridor {

class App;

class SearchPanel {
public:
    static constexpr size_t kMaxResults = 10;

    void set_index(std::shared_ptr<const SearchIndex> index);
    bool ready() const { return index_ != nullptr; }
    void open();
    void close() { open_ = false; }
    bool is_open() const { return open_; }

    // Watches for the opening keys and draws the box when open.
    void draw(App& app, FrameRecord& frame);
    // What choosing an entry of this kind does, instead of flying and selecting (e.g. open an
    // initiative's panel). Return false to fall back to the default.
    using Chooser = std::function<bool(App& app, const SearchEntry& entry)>;
    void set_chooser(SearchKind kind, Chooser chooser) { choosers_[kind] = std::move(chooser); }
    void choose(App& app, const SearchEntry& entry);
    // Chooses the entry with this id (initiative, corridor, P-code) as if the user had picked
    // it from the results; false when the index is not ready or holds no such id.
    bool choose_id(App& app, const std::string& id);

    // {open, query, results: [{text, kind, id}]}
    nlohmann::json state() const;
    const std::vector<SearchHit>& results() const { return results_; }

private:
    void run_query();

    std::shared_ptr<const SearchIndex> index_;
    bool open_ = false, focus_ = false, opened_by_slash_ = false;
    std::string query_, searched_;
    const SearchIndex* searched_index_ = nullptr;  // results_ are of this index and `searched_`
    std::vector<SearchHit> results_;
    int current_ = 0;
    std::map<SearchKind, Chooser> choosers_;
};

}  // namespace corridor
