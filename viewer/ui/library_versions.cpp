#include "viewer/ui/library_versions.h"

#include <SFML/Config.hpp>
#include <imgui.h>

namespace corridor {

std::vector<LibraryVersion> library_versions() {
    std::vector<LibraryVersion> all = core_library_versions();
    // SFML 2.5 has no run-time version call; its soname (libsfml-*.so.2.5) pins the headers' one.
    all.push_back({"SFML", std::to_string(SFML_VERSION_MAJOR) + "." + std::to_string(SFML_VERSION_MINOR) + "." +
                               std::to_string(SFML_VERSION_PATCH)});
    all.push_back({"Dear ImGui", ImGui::GetVersion()});
    return all;
}

std::string version_text() {
    std::string text = "corridor-viewer " + program_version() + "\n";
    for (const LibraryVersion& l : library_versions()) text += l.name + " " + l.version + "\n";
    return text;
}

}  // namespace corridor
