// Translation files (assets/i18n/*.json, core/programme/i18n) on any text as read.
#include "core/programme/i18n.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    std::unordered_map<std::string, std::string> strings;
    Diagnostics diag;
    parse_translation_text(fuzz::text_as_read(data, size), "fr.json", strings, diag);
    for (const auto& [key, text] : strings) fuzz::require_utf8(key), fuzz::require_utf8(text);
    fuzz::check_diagnostics(diag);
    return 0;
}
