#include "viewer/shell/background_load.h"

#include <fstream>

#include <nlohmann/json.hpp>

#include "core/read/layer_reader.h"

namespace corridor {

std::future<LoadedGeodata> load_geodata_async(std::filesystem::path data_dir, std::shared_ptr<LoadStatus> status) {
    return std::async(std::launch::async, [dir = std::move(data_dir), status] {
        LoadedGeodata out{load_geodata(dir, [&](float f, const std::string& id) { status->set(f * 0.9f, id); }), {}};
        status->set(0.9f, "index");
        out.picker.sync(out.data);
        status->set(1.0f, "");
        return out;
    });
}

std::future<LoadedLayer> read_layer_async(std::filesystem::path path, AdminMappings mappings) {
    return std::async(std::launch::async, [path = std::move(path), mappings = std::move(mappings)] {
        LoadedLayer out;
        out.path = path;
        ReadOptions options;
        options.mappings = &mappings;
        options.role = "user";
        out.layer = read_layer(path, options, out.diagnostics);
        return out;
    });
}

std::vector<std::string> settings_layers(const std::filesystem::path& file, Diagnostics& diag) {
    std::vector<std::string> out;
    std::ifstream in(file);
    if (!in) return out;
    nlohmann::json doc;
    try {
        in >> doc;
    } catch (const nlohmann::json::exception& e) {
        diag.error(file.string(), "", std::string("not valid JSON: ") + e.what());
        return out;
    }
    if (!doc.is_object()) {
        diag.error(file.string(), "", "expected an object such as {\"layers\": [\"file.geojson\"]}");
        return out;
    }
    auto layers = doc.find("layers");
    if (layers == doc.end()) return out;
    if (!layers->is_array()) {
        diag.error(file.string(), "/layers", "expected an array of file paths");
        return out;
    }
    for (size_t i = 0; i < layers->size(); ++i) {
        const auto& v = (*layers)[i];
        if (v.is_string() && !v.get<std::string>().empty()) out.push_back(v.get<std::string>());
        else diag.error(file.string(), "/layers/" + std::to_string(i), "expected a file path (string)");
    }
    return out;
}

}  // namespace corridor
