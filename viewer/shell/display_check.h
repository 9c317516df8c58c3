#pragma once
// Whether the viewer can open a window at all. SFML aborts the whole process when the X display
// cannot be reached ("Failed to open X11 display", then a core dump), so the viewer asks first
// and, when it cannot, says what to do and exits with an error instead.
#include <string>

struct _XDisplay;

namespace corridor {

// A connection to the display, opened to ask, and held while the app opens its own window: an X
// server resets when its last client leaves (xvfb-run's does), and a window opened during the
// reset fails. Keep it alive until the window is open.
class DisplayConnection {
public:
    DisplayConnection();
    ~DisplayConnection();
    DisplayConnection(const DisplayConnection&) = delete;
    DisplayConnection& operator=(const DisplayConnection&) = delete;

    // Empty when the display opened; else a message for the user naming the display.
    const std::string& problem() const { return problem_; }

private:
    _XDisplay* display_ = nullptr;
    std::string problem_;
};

}  // namespace corridor
