#include "run_viewer.h"

#include <array>
#include <cstdio>
#include <sys/wait.h>

namespace corridor::test {

RunResult run_viewer(const std::string& arguments) {
    RunResult result;
    std::string command = std::string("'") + CORRIDOR_VIEWER_EXE + "' " + arguments + " 2>&1";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return result;
    std::array<char, 4096> buffer;
    size_t n;
    while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0) result.output.append(buffer.data(), n);
    int status = pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return result;
}

}  // namespace corridor::test
