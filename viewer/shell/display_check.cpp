#include "viewer/shell/display_check.h"

#include <cstdlib>

#include <X11/Xlib.h>

#include "core/base/utf8_text.h"

namespace corridor {

DisplayConnection::DisplayConnection() : display_(XOpenDisplay(nullptr)) {
    if (display_) return;
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name)
        problem_ = "no display to open a window on (DISPLAY is not set): start it from a desktop session, or under "
                   "xvfb-run for a scripted run (--validate needs no display)";
    else
        problem_ = "cannot open the display '" + to_utf8(name) +
                   "' (DISPLAY): is the X server running, and may this user connect to it?";
}

DisplayConnection::~DisplayConnection() {
    if (display_) XCloseDisplay(display_);
}

}  // namespace corridor
