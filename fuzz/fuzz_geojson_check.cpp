// The GeoJSON pre-check (core/check/geojson_check) on any bytes, raw and as read.
#include "core/check/geojson_check.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const std::string raw(reinterpret_cast<const char*>(data), size);
    check_geojson_text(raw);
    GeoJsonCheck check = check_geojson_text(fuzz::text_as_read(data, size));
    Diagnostics diag;
    diag.error("fuzz.geojson", check.top_level_type, check.error);
    fuzz::check_diagnostics(diag);
    return 0;
}
