#include "core/programme/tour_player.h"

#include <cmath>

namespace corridor {

TourPlayer::TourPlayer(Tour tour) : tour_(std::move(tour)) {}

const TourStep* TourPlayer::current() const { return tour_.steps.empty() ? nullptr : &tour_.steps[index_]; }

bool TourPlayer::go_to(size_t index) {
    elapsed_ = 0;
    if (tour_.steps.empty()) return false;
    index = std::min(index, tour_.steps.size() - 1);
    bool changed = index != index_;
    index_ = index;
    return changed;
}

bool TourPlayer::next() { return go_to(index_ + 1); }
bool TourPlayer::previous() { return index_ > 0 ? go_to(index_ - 1) : go_to(0); }
bool TourPlayer::first() { return go_to(0); }
bool TourPlayer::last() { return go_to(tour_.steps.empty() ? 0 : tour_.steps.size() - 1); }

void TourPlayer::play() { playing_ = !tour_.steps.empty(); }
void TourPlayer::pause() { playing_ = false; }
void TourPlayer::toggle_play() { playing_ ? pause() : play(); }

bool TourPlayer::update(double dt_seconds) {
    if (!playing_ || blackout_ || !std::isfinite(dt_seconds) || dt_seconds <= 0) return false;
    elapsed_ += dt_seconds;
    bool changed = false;
    // Carry the remainder to the next step so a long frame does not stretch the timing.
    while (const TourStep* step = current()) {
        if (!step->duration_s || elapsed_ < *step->duration_s) break;
        if (index_ + 1 >= tour_.steps.size()) {  // the last step's time is up: stop there
            playing_ = false;
            elapsed_ = *step->duration_s;
            break;
        }
        double rest = elapsed_ - *step->duration_s;
        go_to(index_ + 1);
        elapsed_ = rest;
        changed = true;
    }
    return changed;
}

TourCaption TourPlayer::caption(std::string_view lang) const {
    const TourStep* step = current();
    if (!step) return {};
    return {step->title.in(lang), step->text.in(lang)};
}

std::string TourPlayer::indicator() const {
    if (tour_.steps.empty()) return "0 / 0";
    return std::to_string(index_ + 1) + " / " + std::to_string(tour_.steps.size());
}

}  // namespace corridor
