#include "viewer/ui/open_folder.h"

#include <spawn.h>
#include <sys/wait.h>

#include <string>

extern char** environ;

namespace corridor {

bool open_folder(const std::filesystem::path& folder) {
    if (!std::filesystem::is_directory(folder)) return false;
    // posix_spawnp with an argument vector: no shell, so no quoting of the path to get wrong.
    std::string program = "xdg-open", path = folder.string();
    char* argv[] = {program.data(), path.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ) != 0) return false;
    // xdg-open hands the folder to the file manager and exits at once: reap it, not to leave a zombie.
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

}  // namespace corridor
