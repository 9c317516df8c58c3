// The test harness repeats a viewer run only when LeakSanitizer's own tracer died, never when it
// found a leak or when the viewer failed.
#include <gtest/gtest.h>

#include "run_viewer.h"

using corridor::test::leak_checker_crashed;

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
