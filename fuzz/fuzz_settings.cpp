// The user's settings.json (viewer/presenter/presenter_settings and the "layers" list of
// viewer/shell/background_load), read from a scratch file holding the raw bytes.
#include "fuzz_common.h"
#include "viewer/presenter/presenter_settings.h"
#include "viewer/shell/background_load.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace corridor;
    const auto file = fuzz::write_scratch("settings.json", data, size);
    Diagnostics diag;
    PresenterSettings settings = load_presenter_settings(file, diag, false);
    if (settings.ui_scale < PresenterSettings::kMinUiScale || settings.ui_scale > PresenterSettings::kMaxUiScale) std::abort();
    fuzz::require_utf8(settings.export_folder);
    for (const std::string& layer : settings_layers(file, diag)) fuzz::require_utf8(layer);
    fuzz::check_diagnostics(diag);
    return 0;
}
