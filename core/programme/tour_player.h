#pragma once
// Presenting a tour, without any GUI: which step is shown, moving between steps, autoplay
// driven by the frame clock, and the blackout screen. The presenter UI draws what this says.
#include <cstddef>
#include <string>
#include <string_view>

#include "core/programme/tour.h"

namespace corridor {

struct TourCaption {
    std::string title, text;
};

class TourPlayer {
public:
    explicit TourPlayer(Tour tour);

    const Tour& tour() const { return tour_; }
    size_t step_count() const { return tour_.steps.size(); }
    size_t step_index() const { return index_; }        // 0-based
    const TourStep* current() const;                     // nullptr for a tour without steps

    // Moving resets the step clock. All clamp at the ends; each returns true if the step changed.
    bool next();
    bool previous();
    bool first();
    bool last();
    bool go_to(size_t index);

    // Autoplay: update() advances when the current step's duration has elapsed. Steps without a
    // duration wait for next(); play stops by itself after the last step's time.
    void play();
    void pause();
    void toggle_play();
    bool playing() const { return playing_; }

    // Feeds elapsed time (seconds, from the frame loop). Ignored while paused or blacked out, so
    // the audience misses nothing while the presenter talks over a black screen. A long frame
    // may skip several timed steps. Returns true if the step changed.
    bool update(double dt_seconds);
    double step_elapsed() const { return elapsed_; }

    void set_blackout(bool on) { blackout_ = on; }
    void toggle_blackout() { blackout_ = !blackout_; }
    bool blackout() const { return blackout_; }

    // The current step's caption in "fr" or "en" (any other code gives English); empty if no step.
    TourCaption caption(std::string_view lang) const;
    // "3 / 10": 1-based step and count; "0 / 0" for a tour without steps.
    std::string indicator() const;

private:
    Tour tour_;
    size_t index_ = 0;
    double elapsed_ = 0;
    bool playing_ = false;
    bool blackout_ = false;
};

}  // namespace corridor
