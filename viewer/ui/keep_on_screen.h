#pragma once
// Keeps every top-level ImGui window inside the display, below the menu bar: panels placed for
// one window size (or a smaller UI scale) must not end up clipped after fullscreen, a resize to
// 1280x720 or a 3x UI scale.
#include <nlohmann/json.hpp>

namespace corridor {

// Call after the frame's windows were drawn, before ImGui::Render(); moves and shrinks them
// for the next frame.
void keep_windows_on_screen(float top);

// Before Begin() of an auto-sized window (ImGuiWindowFlags_AlwaysAutoResize): only a size
// constraint keeps it inside the display below `top` (it scrolls instead); moving it is not enough.
void fit_next_window_in_display(float top);

// The top-level windows of the last frame: [{"name", "x", "y", "w", "h"}], for the state JSON,
// so tests can check that no panel is clipped at 1280x720 or 3840x2160.
nlohmann::json window_rects_json();

}  // namespace corridor
