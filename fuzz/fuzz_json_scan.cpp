// The GeoJSON check's JSON reader (core/check/json_scan.h) against nlohmann's on any bytes: the
// same verdict, and on valid JSON the same events. A disagreement is a finding.
#include <cstdio>
#include <cstdlib>

#include "tests/support/json_events.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<std::string> scanned = corridor::test::scan_events(text), expected = corridor::test::nlohmann_events(text);
    if (scanned != expected) {
        std::fprintf(stderr, "scan_json %s, nlohmann %s\n", scanned ? scanned->c_str() : "refuses", expected ? expected->c_str() : "refuses");
        std::abort();
    }
    return 0;
}
