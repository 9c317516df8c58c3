// Guided tours (core/programme/tour) on any text as read, with and without reference checks.
#include "core/programme/tour.h"
#include "fuzz_common.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const std::string text = fuzz::text_as_read(data, size);
    Diagnostics diag;
    parse_tour(text, "tour.json", {}, diag);
    TourReferences refs;
    refs.is_commune = [](const std::string& id) { return id.rfind("ML", 0) == 0; };
    refs.is_initiative = [](const std::string& id) { return !id.empty(); };
    refs.is_corridor = [](const std::string& id) { return id.size() > 3; };
    if (auto tour = parse_tour(text, "tour.json", refs, diag))
        for (const TourStep& step : tour->steps) fuzz::require_utf8(step.title.fr), fuzz::require_utf8(step.text.en);
    fuzz::check_diagnostics(diag);
    return 0;
}
