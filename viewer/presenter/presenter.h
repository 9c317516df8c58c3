#pragma once
// Presenter mode: a guided tour shown full screen to an audience. Owns the tour player, takes
// the presenter's keys before the map does (a clicker's PageDown/PageUp, Space, arrows, Home/End,
// P, B, Esc), moves the camera and highlights for each step, and draws the caption in large type
// with the step indicator and the sources. Editing chrome is hidden while it is active.
#include <optional>
#include <string>
#include <vector>

#include <SFML/Window/Event.hpp>
#include <nlohmann/json.hpp>

#include "core/programme/tour_player.h"
#include "viewer/map/map_context.h"
#include "viewer/presenter/locator_inset.h"
#include "viewer/presenter/projector_theme.h"
#include "viewer/presenter/tour_places.h"

namespace corridor {

class Presenter {
public:
    // Tours and their places, once the data is loaded.
    void set_tours(std::vector<Tour> tours, TourPlaces places);
    const std::vector<Tour>& tours() const { return tours_; }
    bool has_tour() const { return !tours_.empty(); }
    // Every character of every caption, for the caption font's glyphs.
    std::string caption_characters() const;

    // Enters presenter mode on tour `id` ("" for the first) at its first step; false if unknown.
    bool start(MapContext& ctx, const std::string& id = "");
    void leave(MapContext& ctx);
    bool active() const { return active_; }
    bool blacked_out() const { return active_ && player_ && player_->blackout(); }  // B: the screen is black
    const TourPlayer* player() const { return player_ ? &*player_ : nullptr; }

    // A key while presenting; true when it was the presenter's (the map must not see it).
    bool handle_key(MapContext& ctx, const sf::Event::KeyEvent& key);
    // Autoplay: feeds the frame time to the player; moves to the new step when it changed.
    void update(MapContext& ctx, double dt);
    // The caption, indicator, sources and controls, the locator inset on a close-up; the
    // blackout over everything.
    void draw(MapContext& ctx, const UiFonts& fonts);

    // Initiative and corridor ids the current step highlights (for the overlay to draw).
    struct Highlight {
        std::vector<std::string> initiatives, corridors;
    };
    const Highlight& highlight() const { return highlight_; }

    nlohmann::json tour_state(const std::string& lang) const;

private:
    void show_step(MapContext& ctx);

    std::vector<Tour> tours_;
    TourPlaces places_;
    std::optional<TourPlayer> player_;
    bool active_ = false;
    Highlight highlight_;
    LocatorInset locator_;  // where a close-up lies in the two countries
    float top_height_ = 0;      // of the tour title and controls at the top, with their margin
    float caption_height_ = 0;  // of the last drawn caption band, with its margin; 0 before any
};

}  // namespace corridor
