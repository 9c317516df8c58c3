// geodata/admin_mappings.json (core/normalise/admin_mapping), read from a scratch file, then
// used to detect the mapping of a COD-AB field list.
#include "core/normalise/admin_mapping.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const auto file = fuzz::write_scratch("admin_mappings.json", data, size);
    Diagnostics diag;
    if (auto mappings = load_admin_mappings(file, diag)) {
        AdminLevel level = AdminLevel::None;
        mappings->detect({"adm3_name", "adm3_pcode", "adm2_name", "shapeName", "name"}, &level);
    }
    fuzz::check_diagnostics(diag);
    return 0;
}
