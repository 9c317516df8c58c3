// geodata/styles/map_style.json (viewer/map/map_style), read from a scratch file.
#include "fuzz_common.h"
#include "viewer/map/map_style.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const auto file = fuzz::write_scratch("map_style.json", data, size);
    Diagnostics diag;
    load_map_style(file, diag);
    fuzz::check_diagnostics(diag);
    return 0;
}
