#pragma once
// The SFML platform side of Dear ImGui 1.86: SFML events into ImGuiIO (mouse, wheel, keys,
// text), display size, frame time, clipboard and mouse cursor. Debian ships no imgui-sfml, and
// the job is short. Drawing goes through Debian's imgui_impl_opengl3.
#include <filesystem>
#include <string>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>
#include <imgui.h>

namespace corridor::imgui_sfml {

struct Options {
    std::filesystem::path ini_file;  // empty: no imgui.ini
    float font_size = 16.0f;
};

// Creates the ImGui context, loads DejaVu Sans (or ImGui's own font when it is missing) and
// the OpenGL renderer. The window's GL context must be current.
bool init(sf::RenderWindow& window, const Options& options);
void shutdown();  // saves the window layout first
// Saves the window layout now if it changed since the last save (`force`: even if not).
void save_settings_if_needed(bool force);

void process_event(const sf::Event& event);

// Writes the current ImGui context's window layout (imgui.ini) to `file` through a temporary
// file and a rename, so that a full disk or a crash never leaves half a layout. False, with
// `error` in plain words, when it cannot; the old file is then untouched.
bool save_layout(const std::filesystem::path& file, std::string& error);

// Adds DejaVu Sans (or ImGui's own font) at `size` pixels to the atlas; `ranges` null: Latin
// plus the punctuation and symbols the UI uses. Call between frames; then rebuild_font_texture().
ImFont* add_font(float size, const ImWchar* ranges = nullptr);
void rebuild_font_texture();
void new_frame(sf::RenderWindow& window, sf::Time dt);
// Renders the ImGui draw data with raw GL, inside SFML's push/popGLStates.
void render(sf::RenderWindow& window);
// Renders one draw list of `width` x `height` pixels into the current GL target (an export's
// image), with the same renderer; the caller resets SFML's GL states afterwards.
void render_draw_list(ImDrawList& list, float width, float height);

}  // namespace corridor::imgui_sfml
