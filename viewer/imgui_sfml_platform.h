#pragma once
// The SFML platform side of Dear ImGui 1.86: SFML events into ImGuiIO (mouse, wheel, keys,
// text), display size, frame time, clipboard and mouse cursor. Debian ships no imgui-sfml, and
// the job is short. Drawing goes through Debian's imgui_impl_opengl3.
#include <filesystem>
#include <string>

#include <SFML/Graphics/RenderWindow.hpp>
#include <SFML/System/Time.hpp>
#include <SFML/Window/Event.hpp>

namespace corridor::imgui_sfml {

struct Options {
    std::filesystem::path ini_file;  // empty: no imgui.ini
    float font_size = 16.0f;
};

// Creates the ImGui context, loads DejaVu Sans (or ImGui's own font when it is missing) and
// the OpenGL renderer. The window's GL context must be current.
bool init(sf::RenderWindow& window, const Options& options);
void shutdown();

void process_event(const sf::Event& event);
void new_frame(sf::RenderWindow& window, sf::Time dt);
// Renders the ImGui draw data with raw GL, inside SFML's push/popGLStates.
void render(sf::RenderWindow& window);

}  // namespace corridor::imgui_sfml
