#pragma once
// The main menu bar: File (open, export), View (home, layers, language, fullscreen, projector
// settings), Tour, Help (About). It only reports what was chosen; the app acts on it.
#include <string>

namespace corridor {

struct MenuState {
    bool layers_shown = true;
    bool fullscreen = false;
    float ui_scale = 1;
    bool high_contrast = false;
    bool tour_loaded = false;
    std::string export_folder;
};

struct MenuActions {
    bool open_file = false, home = false, quit = false, toggle_layers = false;
    std::string language;       // "fr" / "en" when chosen, else empty
    int export_scale = 0;       // 1, 2 or 4 when an export was chosen
    bool toggle_fullscreen = false;
    float ui_scale = 0;         // the chosen scale, 0 for none
    bool toggle_high_contrast = false;
    bool start_tour = false;    // presenter mode on the loaded tour
    bool about = false;         // Help ▸ About
};

// Returns the menu bar's height in pixels through `height`.
MenuActions draw_menu_bar(const MenuState& state, float* height);

}  // namespace corridor
