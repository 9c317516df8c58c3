// LeakSanitizer and the in-process GL tests of this binary: each test opens and closes its own
// GL context, and Mesa unloads its driver when the last one closes, so at exit the driver's
// remaining allocations belong to no module and tests/lsan.supp cannot suppress them. Leak
// checking stays on for the core tests and for every run of the real viewer binary (which
// checks before its driver unloads, viewer/main.cpp); AddressSanitizer and UBSan stay on here.
#if defined(__SANITIZE_ADDRESS__)
extern "C" const char* __lsan_default_options() { return "detect_leaks=0"; }
#endif
