#include "core/read/geodata_catalog.h"

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <optional>
#include <thread>

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/cartography/label_anchor.h"
#include "core/base/json_text.h"
#include "core/read/layer_reader.h"
#include "core/base/resource_paths.h"

namespace corridor {
namespace {

std::string format_extent(const Box& b) {
    if (b.empty()) return "empty";
    char buf[128];
    std::snprintf(buf, sizeof buf, "lon %.3f to %.3f, lat %.3f to %.3f", b.min_x, b.max_x, b.min_y, b.max_y);
    return buf;
}

// A file that is not the one the catalogue was written for (replaced, truncated, another
// version) usually shows first in its count: more than 5% off is worth a look.
void check_feature_count(const Layer& layer, size_t expected, const std::string& catalog, const std::string& where,
                         Diagnostics& diag) {
    const size_t n = layer.features.size();
    const size_t off = n > expected ? n - expected : expected - n;
    if (off * 20 <= expected) return;
    diag.warning(layer.path, "", "holds " + std::to_string(n) + " usable features where " + catalog + " (" + where +
                                     "/features) expects " + std::to_string(expected) +
                                     "; is this the right file?");
}

// The first member of a catalogue entry whose type is wrong ("" when none), so that reading
// it below cannot throw: texts must be strings, "title" an object of strings, "attribution" a
// string or an object of strings, "features" a count.
std::string wrongly_typed_member(const nlohmann::json& entry) {
    for (const char* key : {"id", "path", "level", "mapping", "role", "country"})
        if (auto it = entry.find(key); it != entry.end() && !it->is_string()) return key;
    for (const char* key : {"title", "attribution"}) {
        auto it = entry.find(key);
        if (it == entry.end() || (it->is_string() && std::string_view(key) == "attribution")) continue;
        if (!it->is_object()) return key;
        for (const char* lang : {"en", "fr"})
            if (auto t = it->find(lang); t != it->end() && !t->is_string()) return std::string(key) + "/" + lang;
    }
    if (auto it = entry.find("features"); it != entry.end() && !it->is_number_unsigned()) return "features";
    return "";
}

}  // namespace

const Layer* Geodata::layer(const std::string& id) const {
    for (const Layer& l : layers)
        if (l.id == id) return &l;
    return nullptr;
}

std::vector<const Layer*> Geodata::admin_layers(AdminLevel level) const {
    std::vector<const Layer*> out;
    for (const Layer& l : layers)
        if (l.role == "admin" && l.level == level) out.push_back(&l);
    return out;
}

const Feature* Geodata::commune(const std::string& pcode, const Layer** layer_out) const {
    for (const Layer* l : admin_layers(AdminLevel::Commune))
        if (const Feature* f = l->find(pcode)) {
            if (layer_out) *layer_out = l;
            return f;
        }
    return nullptr;
}

size_t Geodata::commune_count(const std::string& country) const {
    size_t n = 0;
    for (const Layer* l : admin_layers(AdminLevel::Commune))
        for (const Feature& f : l->features)
            if (f.admin.country == country || (f.admin.country.empty() && l->country == country)) ++n;
    return n;
}

Geodata load_geodata(const std::filesystem::path& data_dir, const LoadProgress& progress) {
    Geodata data;
    data.data_dir = data_dir;
    Diagnostics& diag = data.diagnostics;

    const auto mappings_path = project_geodata_path("admin_mappings.json");
    if (auto m = load_admin_mappings(mappings_path, diag)) data.mappings = std::move(*m);

    const std::string catalog = project_geodata_path("layers.json").string();
    std::string text, error;
    if (!read_text_file(catalog, text, error, &diag)) {
        diag.error(catalog, "", error);
        return data;
    }
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception& e) {
        const JsonTextError error = json_text_error(text, e);
        diag.error(catalog, describe_position(error.position), "not valid JSON: " + error.what);
        return data;
    }
    const JsonLineMap lines(text);
    if (!doc.is_object() || !doc.contains("layers") || !doc["layers"].is_array()) {
        diag.error(catalog, "/layers", "expected an array of layers");
        return data;
    }
    std::error_code ec;
    if (!std::filesystem::is_directory(data_dir, ec))
        diag.error(data_dir.string(), "", "boundary data folder not found (use --data DIR)");

    // What each catalogue entry asks for; the files are then read in parallel.
    struct Job {
        std::string where;
        std::filesystem::path path;
        ReadOptions options;
        const nlohmann::json* entry;
        const nlohmann::json* attribution;
        std::optional<Layer> layer;
        Diagnostics diag;
    };
    std::vector<Job> jobs;
    jobs.reserve(doc["layers"].size());
    for (size_t i = 0; i < doc["layers"].size(); ++i) {
        const auto& entry = doc["layers"][i];
        const std::string where = "/layers/" + std::to_string(i);
        if (!entry.is_object() || !entry.contains("id") || !entry.contains("path")) {
            diag.error(catalog, json_where(lines, where), "each layer needs an id and a path");
            continue;
        }
        if (std::string bad = wrongly_typed_member(entry); !bad.empty()) {
            diag.error(catalog, json_where(lines, where + "/" + bad),
                       bad == "features" ? "expected a feature count (a whole number)" : "expected text");
            continue;
        }
        const std::string level_name = entry.value("level", "");
        auto level = level_name.empty() ? std::optional(AdminLevel::None) : admin_level_from_string(level_name);
        if (!level) {
            diag.error(catalog, json_where(lines, where + "/level"), "unknown level '" + level_name + "'");
            continue;
        }
        ReadOptions options;
        options.mappings = &data.mappings;
        options.mapping = entry.value("mapping", "");
        options.level = *level;
        options.id = entry["id"];
        // "attribution": one line, or {"en": ..., "fr": ...} so that it follows the interface language.
        const nlohmann::json* attribution = entry.contains("attribution") ? &entry["attribution"] : nullptr;
        if (attribution && attribution->is_object()) options.attribution = attribution->value("en", "");
        else if (attribution && attribution->is_string()) options.attribution = attribution->get<std::string>();
        else if (attribution) diag.warning(catalog, where + "/attribution", "expected a string or {\"en\", \"fr\"}, ignored");
        options.role = entry.value("role", "admin");
        if (entry.contains("title") && entry["title"].is_object()) {
            options.title = entry["title"].value("en", options.id);
        }
        jobs.push_back({where, data_dir / entry["path"].get<std::string>(), std::move(options), &entry, attribution, {}, {}});
    }

    // One layer per worker at a time, biggest files first so that no worker is left with the
    // longest one at the end; each job has its own diagnostics, merged in catalogue order.
    std::vector<size_t> order(jobs.size());
    for (size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::vector<std::uintmax_t> sizes(jobs.size(), 0);
    for (size_t k = 0; k < jobs.size(); ++k) {
        sizes[k] = std::filesystem::file_size(jobs[k].path, ec);
        if (ec) sizes[k] = 0;  // a missing file: its reader says why
    }
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return sizes[a] > sizes[b]; });
    std::atomic<size_t> next{0};
    std::mutex progress_mutex;
    auto report = [&](size_t k, LayerLoadState state) {
        if (!progress) return;
        std::lock_guard lock(progress_mutex);
        progress({jobs[k].options.id, state, state == LayerLoadState::Read ? &*jobs[k].layer : nullptr, sizes[k]});
    };
    for (size_t k = 0; k < jobs.size(); ++k) report(k, LayerLoadState::Waiting);
    auto work = [&] {
        for (size_t k; (k = next++) < order.size();) {
            Job& job = jobs[order[k]];
            report(order[k], LayerLoadState::Reading);
            job.layer = read_layer(job.path, job.options, job.diag);
            if (job.layer) find_label_anchors(*job.layer);
            report(order[k], job.layer ? LayerLoadState::Read : LayerLoadState::Failed);
        }
    };
    const size_t workers = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), jobs.size());
    std::vector<std::thread> threads;
    for (size_t t = 1; t < workers; ++t) threads.emplace_back(work);
    work();
    for (std::thread& t : threads) t.join();

    for (Job& job : jobs) {
        diag.append(job.diag);
        if (!job.layer) continue;
        const nlohmann::json& entry = *job.entry;
        if (auto expected = entry.find("features"); expected != entry.end() && expected->is_number_unsigned())
            check_feature_count(*job.layer, expected->get<size_t>(), catalog, job.where, diag);
        if (entry.contains("title") && entry["title"].is_object()) job.layer->title_fr = entry["title"].value("fr", job.layer->title);
        if (job.attribution && job.attribution->is_object()) job.layer->attribution_fr = job.attribution->value("fr", "");
        if (entry.contains("country")) job.layer->country = entry["country"];
        data.layers.push_back(std::move(*job.layer));
    }
    return data;
}

bool write_validation_report(const Geodata& data, std::string& report, const std::vector<std::string>& also_checked) {
    report.clear();
    report += "Boundary data: " + data.data_dir.string() + "\n\nLayers:\n";
    char line[512];
    for (const Layer& l : data.layers) {
        std::snprintf(line, sizeof line, "  %-16s %6zu features  %s", l.id.c_str(), l.features.size(),
                      format_extent(l.lonlat_bounds).c_str());
        report += line;
        // Kept and listed in the viewer, but not on the map: say so where counts are checked.
        if (size_t unlocated = features_without_geometry(l).size())
            report += "  (" + std::to_string(unlocated) + " without geometry)";
        report += "\n";
    }
    const size_t mali = data.commune_count("Mali"), burkina = data.commune_count("Burkina Faso");
    std::snprintf(line, sizeof line, "\nCommunes: Mali %zu, Burkina Faso %zu\n", mali, burkina);
    report += line;
    if (!also_checked.empty()) {
        report += "\nAlso checked:\n";
        for (const std::string& file : also_checked) report += "  " + file + "\n";
    }

    std::snprintf(line, sizeof line, "\n%zu errors, %zu warnings\n", data.diagnostics.error_count(),
                  data.diagnostics.warning_count());
    report += line;
    for (const Diagnostic& d : data.diagnostics.items()) report += "  " + d.to_string() + "\n";

    const bool usable = !data.diagnostics.has_errors() && mali > 0 && burkina > 0;
    report += usable ? "\nThe data is usable.\n" : "\nThe data is NOT usable.\n";
    return usable;
}

}  // namespace corridor
