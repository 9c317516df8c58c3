#pragma once
// Runs the real corridor-viewer binary, as a user would from a shell, and captures its output.
// Every test that starts the binary goes through here.
#include <functional>
#include <string>

namespace corridor::test {

struct RunResult {
    int exit_code = -1;
    std::string output;  // stdout and stderr together
};

// `arguments` is appended to the binary's path as shell words (quote them yourself);
// `environment` ("NAME='value' ...") is put before it. `before_each_run` resets what a run
// leaves behind (a config folder), for the rare second try below.
RunResult run_viewer(const std::string& arguments, const std::string& environment = "",
                     const std::function<void()>& before_each_run = {});
// Runs a shell command (stderr into the output), with the same second try; for a viewer binary
// other than the one just built, such as one unpacked from the Debian package.
RunResult run_command(const std::string& command, const std::function<void()>& before_each_run = {});

// True when LeakSanitizer itself died while stopping the threads to look for leaks, which is a
// known, intermittent sanitizer fault (google/sanitizers#1353), not a leak and not our bug.
bool leak_checker_crashed(const std::string& output);
// True when the viewer could not open the display it was given: run once more too.
bool display_refused_connection(const std::string& output);

}  // namespace corridor::test
