#include "viewer/shell/display_check.h"

#include <cstdlib>

#include <X11/Xlib.h>

#include "core/base/utf8_text.h"

namespace corridor {

std::string display_problem() {
    if (Display* display = XOpenDisplay(nullptr)) {
        XCloseDisplay(display);
        return "";
    }
    const char* name = std::getenv("DISPLAY");
    if (!name || !*name)
        return "no display to open a window on (DISPLAY is not set): start it from a desktop session, or under "
               "xvfb-run for a scripted run (--validate needs no display)";
    return "cannot open the display '" + to_utf8(name) +
           "' (DISPLAY): is the X server running, and may this user connect to it?";
}

}  // namespace corridor
