// corridor-viewer: the offline map of the LED corridor of Mali and Burkina Faso.
#include <cstdio>
#include <cstdlib>
#include <iostream>

#include "core/read/geodata_catalog.h"
#include "core/base/resource_paths.h"
#include "viewer/shell/app.h"
#include "viewer/shell/command_line.h"
#include "viewer/shell/display_check.h"
#include "viewer/script/script_runner.h"
#include "viewer/script/tour_recorder.h"
#include "viewer/validate_all.h"
#include "viewer/ui/library_versions.h"

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif
#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace corridor;

namespace {

// Under LeakSanitizer, look for leaks once the app is gone but while the GL driver is still
// loaded: at exit Mesa unloads it, and its allocations can then no longer be named by module
// (tests/lsan.supp suppresses the driver's own) nor told apart from ours.
int checked_for_leaks(int exit_code) {
#if defined(__SANITIZE_ADDRESS__)
    __lsan_do_leak_check();
#endif
    return exit_code;
}

// Buffers of 1 MB and more (meshes, geometry arrays, cache entries) get pages of their own, given
// back to the system when freed. Left to itself, glibc raises this threshold after the first such
// free and serves later ones from its arenas, which keep what is freed: ~90 MB more at the peak of
// a first start on the 2 M-vertex stress pack (a warm start's peak, lower, moved by 0-20 MB; a
// 128-256 KB threshold saved as much but cost a first start ~0.4 s in page faults).
void return_large_buffers_when_freed() {
#if defined(__GLIBC__)
    mallopt(M_MMAP_THRESHOLD, 1 << 20);
#endif
}

// False, with the reason on stderr, when no window can be opened.
bool display_opens(const DisplayConnection& display) {
    if (!display.problem().empty()) std::cerr << "corridor-viewer: " << display.problem() << "\n";
    return display.problem().empty();
}

// Ends the process once the app has written all it writes, without tearing the app down: that
// would only free the geometry, the meshes and the GL driver's state, which the system takes
// back at once, and it took 35-45 ms of a 0.35 s warm start to a screenshot (as clang's
// -disable-free does). Sanitizer builds tear down as before, so that leaks are still looked for.
void end_without_teardown(int exit_code) {
#if !defined(__SANITIZE_ADDRESS__)
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(exit_code);
#else
    (void)exit_code;
#endif
}

int run_app(CommandLine& cl, std::optional<ScriptRunner>& runner) {
    const DisplayConnection display;  // held until the app's window is gone
    if (!display_opens(display)) return 1;
    App app({cl, runner.has_value()});
    if (!app.start()) return 1;
    app.run(runner ? &*runner : nullptr);
    const int exit_code = runner ? runner->exit_code() : 0;
    app.finish_writing();
    end_without_teardown(exit_code);
    return exit_code;
}

// --record-tour: the recorder drives the app at the video's frame time.
int record_tour(CommandLine& cl) {
    const DisplayConnection display;
    if (!display_opens(display)) return 2;
    TourRecorder recorder(cl.record_tour, cl.out);
    AppOptions options{cl, true};
    options.frame_seconds = 1.0 / TourRecorder::kFps;
    App app(options);
    if (!app.start()) return 2;
    app.run(&recorder);
    return recorder.exit_code();
}

}  // namespace

int main(int argc, char** argv) {
    return_large_buffers_when_freed();
    std::string error;
    auto cl = parse_command_line(argc, argv, error);
    if (!cl) {
        std::cerr << "corridor-viewer: " << error << "\n\n" << usage_text();
        return 2;
    }
    if (cl->help) {
        std::cout << usage_text();
        return 0;
    }
    if (cl->version) {
        std::cout << version_text();
        return 0;
    }
    if (cl->validate) return run_validation(*cl, std::cout);

    if (!cl->record_tour.empty()) return checked_for_leaks(record_tour(*cl));

    std::optional<ScriptRunner> runner;
    if (!cl->script.empty()) {
        Diagnostics diag;
        auto script = load_script(cl->script, diag);
        if (!script) {
            for (const Diagnostic& d : diag.items()) std::cerr << d.to_string() << "\n";
            return 2;
        }
        if (script->width > 0) cl->width = script->width, cl->height = script->height;
        if (!script->lang.empty()) cl->lang = script->lang;
        runner.emplace(std::move(*script));
    } else if (!cl->screenshot.empty()) {
        runner.emplace(ScriptRunner::screenshot_script(cl->screenshot));
    }

    return checked_for_leaks(run_app(*cl, runner));
}
