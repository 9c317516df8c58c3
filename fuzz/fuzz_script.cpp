// Scripted runs (viewer/script/script) on any text as read.
#include "fuzz_common.h"
#include "viewer/script/script.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    Diagnostics diag;
    parse_script(fuzz::text_as_read(data, size), "script.json", diag);
    fuzz::check_diagnostics(diag);
    return 0;
}
