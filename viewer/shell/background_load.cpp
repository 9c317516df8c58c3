#include "viewer/shell/background_load.h"

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/base/json_text.h"
#include "core/base/utf8_text.h"
#include "core/read/layer_reader.h"

namespace corridor {

std::future<Geodata> load_geodata_async(std::filesystem::path data_dir, GeodataCacheOptions cache,
                                        std::shared_ptr<LoadStatus> status) {
    return std::async(std::launch::async, [dir = std::move(data_dir), cache = std::move(cache), status] {
        return load_geodata_cached(dir, cache, [&](const LayerLoadEvent& event) { status->set(event); });
    });
}

bool sketch_worth_drawing(std::chrono::duration<double> elapsed, float fraction_done, std::chrono::duration<double> wait) {
    if (elapsed <= wait) return false;
    if (fraction_done <= 0) return true;  // the biggest files are read first: the longest part is ahead
    return elapsed * (1 - double(fraction_done)) / double(fraction_done) > wait;
}

std::future<FeaturePicker> index_geodata_async(const Geodata& data) {
    return std::async(std::launch::async, [&data] {
        FeaturePicker picker;
        picker.sync(data);
        return picker;
    });
}

std::future<LoadedLayer> read_layer_async(std::filesystem::path path, AdminMappings mappings, std::uintmax_t max_bytes) {
    return std::async(std::launch::async, [path = std::move(path), mappings = std::move(mappings), max_bytes] {
        LoadedLayer out;
        out.path = path;
        ReadOptions options;
        options.mappings = &mappings;
        options.role = "user";
        options.max_bytes = max_bytes;
        out.layer = read_layer(path, options, out.diagnostics);
        return out;
    });
}

std::vector<std::string> settings_layers(const std::filesystem::path& file, Diagnostics& diag) {
    std::vector<std::string> out;
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec)) return out;
    // Whether the file is JSON at all is load_presenter_settings' to report (and set aside).
    std::string text, error;
    Diagnostics ignored;
    if (!read_text_file(file.string(), text, error, &ignored)) return out;
    nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (!doc.is_object()) return out;
    const std::string name = to_utf8(file.string());
    const JsonLineMap lines(text);
    auto layers = doc.find("layers");
    if (layers == doc.end()) return out;
    if (!layers->is_array()) {
        diag.error(name, json_where(lines, "/layers"), "expected an array of file paths");
        return out;
    }
    for (size_t i = 0; i < layers->size(); ++i) {
        const auto& v = (*layers)[i];
        if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
        else diag.error(name, json_where(lines, "/layers/" + std::to_string(i)), "expected a file path (string)");
    }
    return out;
}

}  // namespace corridor
