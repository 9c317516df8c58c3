// The cache's decoder (core/cache/geodata_codec): any bytes give a Geodata or a clear error,
// never a crash. What decodes must encode again and decode to the same bytes, and its
// diagnostics must be UTF-8 like every other problem the viewer shows.
#include <cstdio>
#include <cstdlib>

#include "core/cache/geodata_codec.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    Geodata decoded;
    std::string error;
    if (!decode_geodata(std::string_view(reinterpret_cast<const char*>(data), size), decoded, error)) {
        fuzz::require_utf8(error);
        return 0;
    }
    fuzz::check_diagnostics(decoded.diagnostics);
    const std::string again = encode_geodata(decoded);
    Geodata second;
    if (!decode_geodata(again, second, error) || encode_geodata(second) != again) {
        std::fprintf(stderr, "an encoded Geodata does not decode to itself: %s\n", error.c_str());
        std::abort();
    }
    return 0;
}
