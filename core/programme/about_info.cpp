#include "core/programme/about_info.h"

#include "core/programme/json_checks.h"

namespace corridor {

using nlohmann::json;

namespace {

bool read_source(JsonChecker& check, const json& entry, const std::string& p, DataSource& out) {
    if (!check.is_object(entry, p)) return false;
    check.check_members(entry, p, {"id", "name", "licence", "attribution", "attribution_note", "folders"});
    check.read_string(entry, p, "id", out.id, true);
    check.read_text(entry, p, "name", out.name, true);
    check.read_text(entry, p, "licence", out.licence, true);
    check.read_string(entry, p, "attribution", out.attribution, true);
    check.read_text(entry, p, "attribution_note", out.attribution_note, false);
    check.read_string_list(entry, p, "folders", out.folders, true);
    return !check.failed();
}

}  // namespace

AboutInfo load_about_info(const std::filesystem::path& path, Diagnostics& diag) {
    AboutInfo about;
    auto doc = read_json_document(path, diag);
    if (!doc) return about;
    JsonChecker check(*doc, diag);
    if (!check.is_object(doc->root, "")) return about;
    check.check_members(doc->root, "", {"_comment", "licence", "data_sources"});
    check.read_text(doc->root, "", "licence", about.licence, true);
    about.data_sources = read_entries<DataSource>(*doc, "data_sources", diag, read_source);
    return about;
}

}  // namespace corridor
