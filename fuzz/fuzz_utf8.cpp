// The UTF-8 guard itself (core/base/utf8_text): whatever the bytes, to_utf8 gives text that
// nlohmann_json dumps without throwing, and leaves valid UTF-8 untouched.
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const std::string raw(reinterpret_cast<const char*>(data), size);
    bool recoded = false;
    const std::string text = to_utf8(raw, &recoded);
    fuzz::require_utf8(text);
    if (recoded == is_valid_utf8(raw)) std::abort();
    if (!recoded && text != raw) std::abort();
    (void)nlohmann::json(text).dump();
    (void)dump_json(nlohmann::json(raw));
    return 0;
}
