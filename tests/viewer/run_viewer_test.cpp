// The test harness repeats a viewer run only when LeakSanitizer's own tracer died or the display
// refused the connection, never when it found a leak or when the viewer failed. Without a
// display the viewer says so and exits with an error, where SFML would abort it.
#include <gtest/gtest.h>

#include "run_viewer.h"

using corridor::test::display_refused_connection;
using corridor::test::leak_checker_crashed;
using corridor::test::run_viewer;

TEST(RunViewer, TellsASanitizerTracerCrashFromALeakReport) {
    // As printed by the CI run that failed on it.
    const std::string tracer_crash =
        "Setting vertical sync not supported\n"
        "Tracer caught signal 11: addr=0x13c0 pc=0x7f66140e80f0 sp=0x7f65f82d6d10\n"
        "==31930==LeakSanitizer has encountered a fatal error.\n"
        "==31930==HINT: For debugging, try setting environment variable LSAN_OPTIONS=verbosity=1:log_threads=1\n";
    EXPECT_TRUE(leak_checker_crashed(tracer_crash));

    const std::string leak =
        "==4242==ERROR: LeakSanitizer: detected memory leaks\n\n"
        "Direct leak of 64 byte(s) in 1 object(s) allocated from:\n";
    EXPECT_FALSE(leak_checker_crashed(leak));
    EXPECT_FALSE(leak_checker_crashed(leak + tracer_crash));
    EXPECT_FALSE(leak_checker_crashed("corridor-viewer: script.json: step 2: unknown step kind\n"));
}

TEST(RunViewer, WithoutADisplayTheViewerSaysSoInsteadOfAborting) {
    const auto unset = run_viewer("--screenshot /dev/null", "env -u DISPLAY");
    EXPECT_EQ(unset.exit_code, 1) << unset.output;
    EXPECT_NE(unset.output.find("corridor-viewer: no display to open a window on (DISPLAY is not set)"), std::string::npos)
        << unset.output;
    EXPECT_EQ(unset.output.find("Failed to open X11 display"), std::string::npos) << "SFML was left to abort";
    EXPECT_FALSE(display_refused_connection(unset.output));  // nothing to retry: no display was named

    // A display nobody serves (X servers listen on :0 upwards; none here on :977).
    const auto absent = run_viewer("--screenshot /dev/null", "DISPLAY=:977");
    EXPECT_EQ(absent.exit_code, 1) << absent.output;
    EXPECT_NE(absent.output.find("cannot open the display ':977'"), std::string::npos) << absent.output;
    EXPECT_TRUE(display_refused_connection(absent.output));
    EXPECT_FALSE(display_refused_connection("corridor-viewer: script.json: step 2: unknown step kind\n"));
}
