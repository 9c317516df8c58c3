#include "core/cartography/province_articles.h"

#include <iostream>

#include <nlohmann/json.hpp>

#include "core/base/json_text.h"
#include "core/base/resource_paths.h"
#include "core/base/text_fold.h"

namespace corridor {

bool ProvinceArticles::load(const std::filesystem::path& file, Diagnostics& diag) {
    phrases_.clear();
    std::string text, error;
    if (!read_text_file(file.string(), text, error)) {
        diag.error(file.string(), "", "cannot read the province table: " + error);
        return false;
    }
    const nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("provinces") || !doc["provinces"].is_array()) {
        diag.error(file.string(), "/provinces", "expected an object with an array \"provinces\"");
        return false;
    }
    const nlohmann::json& rows = doc["provinces"];
    for (size_t i = 0; i < rows.size(); ++i) {
        const nlohmann::json& row = rows[i];
        const std::string where = "/provinces/" + std::to_string(i);
        if (!row.is_object() || !row.contains("name") || !row["name"].is_string()) {
            diag.error(file.string(), where, "each row needs a \"name\" string");
            continue;
        }
        if (!row.contains("phrase") || !row["phrase"].is_string()) continue;  // no sourced article
        if (!row.contains("source") || !row["source"].is_string()) {
            diag.error(file.string(), where + "/source", "an article without its source is not used");
            continue;
        }
        phrases_[fold_text(row["name"].get<std::string>())] = row["phrase"].get<std::string>();
    }
    return true;
}

std::string ProvinceArticles::phrase(const std::string& province) const {
    if (province.empty()) return "";
    auto it = phrases_.find(fold_text(province));
    return it != phrases_.end() ? it->second : "province " + province;
}

const ProvinceArticles& province_articles() {
    static const ProvinceArticles table = [] {
        ProvinceArticles t;
        Diagnostics diag;
        t.load(project_geodata_path("bfa_province_articles.json"), diag);
        for (const Diagnostic& d : diag.items()) std::cerr << d.file << ": " << d.where << ": " << d.message << "\n";
        return t;
    }();
    return table;
}

}  // namespace corridor
