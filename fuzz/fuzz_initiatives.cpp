// geodata/initiatives.json and corridors.json readers (core/programme) on any text as read.
#include "core/programme/corridor_reader.h"
#include "core/programme/initiative_reader.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const std::string text = fuzz::text_as_read(data, size);
    KnownPcode known = [](const std::string& pcode) { return pcode.size() == 8; };
    Diagnostics diag;
    auto initiatives = parse_initiatives(text, "initiatives.json", known, diag);
    auto corridors = parse_corridors(text, "corridors.json", known, diag);
    check_links(initiatives, "initiatives.json", corridors, "corridors.json", diag);
    fuzz::check_diagnostics(diag);
    return 0;
}
