#pragma once
// Whether the viewer can open a window at all. SFML aborts the whole process when the X display
// cannot be reached ("Failed to open X11 display", then a core dump), so the viewer asks first
// and, when it cannot, says what to do and exits with an error instead.
#include <string>

namespace corridor {

// Empty when the display opens; else a message for the user naming the display.
std::string display_problem();

}  // namespace corridor
