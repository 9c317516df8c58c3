#pragma once
// Another program run beside the viewer (the viewer itself with --record-tour, from the menu),
// polled each frame until it ends, so it never stays a zombie.
#include <optional>
#include <string>
#include <vector>

#include <sys/types.h>

namespace corridor {

class ChildProcess {
public:
    // Starts `program` with `arguments` (no shell); false when it cannot start.
    bool start(const std::string& program, const std::vector<std::string>& arguments);
    bool running() const { return pid_ > 0; }
    // Its exit status once it ended (a signal gives 128 + its number), else nullopt.
    std::optional<int> poll();

private:
    pid_t pid_ = 0;
};

// This executable's path, for running it again with other options.
std::string own_executable();

}  // namespace corridor
