// The names' cache decoder (viewer/names/cartography_codec): any bytes give names or a clear
// error, never a crash; checking decoded names against data that lacks their features says so
// instead of reading past it. What decodes must encode to the very same bytes.
#include <cstdio>
#include <cstdlib>

#include "fuzz_common.h"
#include "viewer/names/cartography_codec.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const std::string_view bytes(reinterpret_cast<const char*>(data), size);
    CartographyData names;
    std::string error;
    if (!decode_cartography(bytes, names, error)) {
        fuzz::require_utf8(error);
        if (error.empty()) std::abort();
        return 0;
    }
    if (names.repeats_town.size() != names.places.size() || !names.search) std::abort();
    const Geodata empty;
    const std::string refs = check_cartography_refs(names, empty);
    if (refs.empty() && (!names.places.empty() || !names.labels.empty())) std::abort();
    if (encode_cartography(names) != bytes) {
        std::fprintf(stderr, "decoded names do not encode to the bytes they came from\n");
        std::abort();
    }
    return 0;
}
