#pragma once
// The main menu bar: File (open, export), View (home, layers, language, fullscreen, projector
// settings), Tour, Help (About). It only reports what was chosen; the app acts on it.
#include <string>

#include "viewer/ui/state_json.h"

namespace corridor {

struct MenuState {
    bool layers_shown = true;
    bool fullscreen = false;
    float ui_scale = 1;
    bool high_contrast = false;
    bool tour_loaded = false;
    std::string export_folder;
    bool recording = false;  // a tour video is being recorded
    bool export_title = false, export_date_line = false;  // what exports add (checked items)
};

struct MenuActions {
    bool open_file = false, home = false, quit = false, toggle_layers = false;
    std::string language;       // "fr" / "en" when chosen, else empty
    int export_scale = 0;       // 1, 2 or 4 when a PNG export was chosen
    std::string export_extension, export_page;  // ".pdf" or ".svg" and the page size when a vector export was
    bool toggle_fullscreen = false;
    float ui_scale = 0;         // the chosen scale, 0 for none
    bool toggle_high_contrast = false;
    bool start_tour = false;    // presenter mode on the loaded tour
    bool open_export_folder = false;  // show it in the file manager
    bool about = false;         // Help ▸ About
    bool record_tour = false;   // File ▸ Record the tour as a video
    bool toggle_export_title = false, toggle_export_date_line = false;
};

// Returns the menu bar's height in pixels through `height`. The File menu and its export
// switches are listed in `frame`'s controls ("menu.file", "menu.export_title", ...).
MenuActions draw_menu_bar(const MenuState& state, float* height, FrameRecord& frame);

}  // namespace corridor
