#include "core/measure/corridor_export.h"

#include <charconv>

#include <cpl_conv.h>

#include "core/base/file_write.h"
#include "core/base/json_dump.h"
#include "core/base/utf8_text.h"

namespace corridor {

namespace {

// RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes.
std::string csv_field(const std::string& s) {
    if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

// Fixed 3 decimals whatever the C locale (a French locale would write a comma).
std::string km_text(double km) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, km, std::chars_format::fixed, 3);
    return ec == std::errc() ? std::string(buf, end) : "";
}

bool write_text(const std::filesystem::path& path, const std::string& text, Diagnostics& diag) {
    std::string error;
    if (!write_file_atomically(path, text, error)) {
        diag.error(to_utf8(path.string()), "", "cannot write the file: " + error);
        return false;
    }
    return true;
}

}  // namespace

std::string communes_csv(const std::vector<CorridorCommune>& communes) {
    std::string out = "pcode,name,cercle,region,country,distance_km\r\n";
    for (const auto& c : communes)
        out += csv_field(c.pcode) + "," + csv_field(c.name) + "," + csv_field(c.cercle) + "," + csv_field(c.region) +
               "," + csv_field(c.country) + "," + km_text(c.distance_km) + "\r\n";
    return out;
}

nlohmann::json communes_geojson(const std::vector<CorridorCommune>& communes, const std::string& corridor_id,
                                double buffer_km) {
    nlohmann::json features = nlohmann::json::array();
    for (const auto& c : communes) {
        nlohmann::json geometry = nullptr;
        if (c.feature && c.feature->lonlat) {
            char* text = c.feature->lonlat->exportToJson();
            if (text) geometry = nlohmann::json::parse(text, nullptr, false);
            CPLFree(text);
            if (geometry.is_discarded()) geometry = nullptr;
        }
        features.push_back({{"type", "Feature"},
                            {"geometry", geometry},
                            {"properties",
                             {{"pcode", c.pcode},
                              {"name", c.name},
                              {"cercle", c.cercle},
                              {"region", c.region},
                              {"country", c.country},
                              {"distance_km", c.distance_km}}}});
    }
    return {{"type", "FeatureCollection"},
            {"corridor", corridor_id},
            {"buffer_km", buffer_km},
            {"features", features}};
}

bool write_communes_csv(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                        Diagnostics& diag) {
    return write_text(path, communes_csv(communes), diag);
}

bool write_communes_geojson(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                            const std::string& corridor_id, double buffer_km, Diagnostics& diag) {
    return write_text(path, dump_json(communes_geojson(communes, corridor_id, buffer_km), 1) + "\n", diag);
}

}  // namespace corridor
