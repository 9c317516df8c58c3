#pragma once
// Runs the real corridor-viewer binary, as a user would from a shell, and captures its output.
#include <string>

namespace corridor::test {

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// `arguments` is appended to the binary's path as shell words (quote them yourself).
RunResult run_viewer(const std::string& arguments);

}  // namespace corridor::test
