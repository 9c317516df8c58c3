#include "core/measure/corridor_export.h"

#include <charconv>
#include <cmath>

#include <cpl_conv.h>
#include <cpl_string.h>
#include <ogr_api.h>

#include "core/base/file_write.h"
#include "core/base/json_dump.h"
#include "core/base/number_text.h"
#include "core/base/utf8_text.h"

namespace corridor {

namespace {

// RFC 4180: quote a field holding the separator, a quote or a line break; double inner quotes.
std::string csv_field(const std::string& s, char separator) {
    if (s.find_first_of(std::string(1, separator) + "\"\r\n") == std::string::npos) return s;
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}


// To a temporary name, then renamed: a failed write never leaves half a file under the name.
bool write_text(const std::filesystem::path& path, const std::string& text, Diagnostics& diag) {
    std::string error;
    if (!write_file_atomically(path, text, error)) {
        diag.error(to_utf8(path.string()), "", "cannot write the file: " + error);
        return false;
    }
    return true;
}

}  // namespace

CsvStyle spreadsheet_csv_style(const std::string& lang, std::vector<std::string> headers, std::string crossed,
                               std::string within) {
    CsvStyle style;
    style.lang = lang;
    style.separator = lang == "fr" ? ';' : ',';
    style.bom = true;  // Excel reads UTF-8 (é, ï) only with it, in any language
    if (headers.size() == style.headers.size()) style.headers = std::move(headers);
    style.crossed = std::move(crossed);
    style.within = std::move(within);
    return style;
}

std::string communes_csv(const std::vector<CorridorCommune>& communes, double buffer_km, const CsvStyle& style) {
    const std::string sep(1, style.separator);
    std::string out = style.bom ? "\xEF\xBB\xBF" : "";
    for (size_t i = 0; i < style.headers.size(); ++i) out += (i ? sep : "") + csv_field(style.headers[i], style.separator);
    out += "\r\n";
    std::string within = style.within;
    if (const size_t at = within.find("%s"); at != std::string::npos)
        within.replace(at, 2, plain_number_text(buffer_km, buffer_km == std::round(buffer_km) ? 0 : 1, style.lang));
    for (const auto& c : communes) {
        for (const std::string* field : {&c.pcode, &c.name, &c.cercle, &c.region, &c.country})
            out += csv_field(*field, style.separator) + sep;
        // Fixed decimals whatever the C locale; no grouping, so a spreadsheet reads a number.
        out += plain_number_text(c.distance_km, 3, style.lang) + sep;
        out += csv_field(c.distance_km > 0 ? within : style.crossed, style.separator) + "\r\n";
    }
    return out;
}

nlohmann::json communes_geojson(const std::vector<CorridorCommune>& communes, const std::string& corridor_id,
                                double buffer_km) {
    nlohmann::json features = nlohmann::json::array();
    for (const auto& c : communes) {
        nlohmann::json geometry = nullptr;
        if (const OGRGeometryUniquePtr lonlat = c.feature ? c.feature->lonlat() : nullptr) {
            // 9 decimals (0.1 mm) give back the source's coordinates without the last digits
            // of the round trip through Web Mercator that Feature::lonlat() makes.
            CPLStringList options;
            options.SetNameValue("COORDINATE_PRECISION", "9");
            char* text = OGR_G_ExportToJsonEx(OGRGeometry::ToHandle(lonlat.get()), options.List());
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
                        double buffer_km, const CsvStyle& style, Diagnostics& diag) {
    return write_text(path, communes_csv(communes, buffer_km, style), diag);
}

bool write_communes_geojson(const std::filesystem::path& path, const std::vector<CorridorCommune>& communes,
                            const std::string& corridor_id, double buffer_km, Diagnostics& diag) {
    return write_text(path, dump_json(communes_geojson(communes, corridor_id, buffer_km), 1) + "\n", diag);
}

}  // namespace corridor
