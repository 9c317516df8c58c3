#pragma once
// Moving around the map with mouse and keyboard: drag pans, the wheel and double-click zoom
// about the cursor, arrows pan, + and - zoom. Clicks, Home and Escape are reported back for
// the app to act on. Events ImGui wants are not given here.
#include <SFML/Window/Event.hpp>

#include "viewer/map/camera.h"

namespace corridor {

struct MapInputResult {
    bool clicked = false;  // a left click without drag, at `at`
    ScreenPoint at;
    bool home = false;     // Home key: back to the home view
    bool escape = false;   // Escape key
    bool camera_moved = false;
};

class MapInput {
public:
    static constexpr double kDragThresholdPixels = 4;
    static constexpr double kDoubleClickSeconds = 0.4;
    static constexpr double kWheelZoomStep = 1.25;  // factor per wheel notch
    static constexpr double kKeyZoomStep = 1.5;
    static constexpr double kKeyPanPixels = 100;

    // `now` is the app clock in seconds (frame time, so scripted runs are deterministic).
    // `mouse_free` / `keyboard_free`: ImGui does not want them.
    MapInputResult handle(const sf::Event& event, Camera& camera, double now, bool mouse_free, bool keyboard_free);

    // Where the mouse is, from the events; `mouse_inside` is false before any move and after
    // the pointer left the window.
    ScreenPoint mouse() const { return mouse_; }
    bool mouse_inside() const { return mouse_inside_; }
    bool dragging() const { return dragging_; }

private:
    ScreenPoint mouse_;
    bool mouse_inside_ = false;
    bool pressed_ = false, dragging_ = false;
    ScreenPoint press_at_, last_drag_;
    double last_click_time_ = -1e9;
    ScreenPoint last_click_at_;
};

}  // namespace corridor
