#include "viewer/map/map_style.h"

#include <algorithm>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "core/base/json_lines.h"
#include "core/base/json_text.h"

namespace corridor {
namespace {

using nlohmann::json;

bool parse_hex_colour(const std::string& s, Rgba& out) {
    unsigned r, g, b, a = 255;
    if (s.size() == 7 && std::sscanf(s.c_str(), "#%2x%2x%2x", &r, &g, &b) == 3) {
    } else if (s.size() == 9 && std::sscanf(s.c_str(), "#%2x%2x%2x%2x", &r, &g, &b, &a) == 4) {
    } else {
        return false;
    }
    out = Rgba{uint8_t(r), uint8_t(g), uint8_t(b), uint8_t(a)};
    return true;
}

struct Reader {
    const json& root;
    const std::string& file;
    Diagnostics& diag;
    JsonLineMap lines;  // "/lines/commune/width (line 12)" in messages

    const json* at(const std::string& pointer) const {
        json::json_pointer p(pointer);
        return root.contains(p) ? &root.at(p) : nullptr;
    }
    void colour(const std::string& pointer, Rgba& out) const {
        const json* v = at(pointer);
        if (!v) return;
        if (!v->is_string() || !parse_hex_colour(v->get<std::string>(), out))
            diag.warning(file, json_where(lines, pointer), "expected a colour \"#RRGGBB\" or \"#RRGGBBAA\"; default kept");
    }
    void number(const std::string& pointer, float& out, float lo, float hi) const {
        const json* v = at(pointer);
        if (!v) return;
        if (!v->is_number() || v->get<double>() < lo || v->get<double>() > hi)
            diag.warning(file, json_where(lines, pointer), "expected a number from " + std::to_string(lo) + " to " +
                                            std::to_string(hi) + "; default kept");
        else
            out = v->get<float>();
    }
    void line(const std::string& pointer, LineStyle& out) const {
        colour(pointer + "/color", out.color);
        number(pointer + "/width", out.width_px, 0, 50);
    }
};

}  // namespace

MapStyle load_map_style(const std::filesystem::path& file, Diagnostics& diag) {
    MapStyle style;
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return style;
    const std::string name = file.string();
    std::string text, error;
    if (!read_text_file(name, text, error, &diag)) {
        diag.warning(name, "", error + "; default map style used");
        return style;
    }
    json root = json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object()) {
        diag.warning(name, "", "not a JSON object; default map style used");
        return style;
    }
    Reader r{root, name, diag, JsonLineMap(text)};
    r.colour("/background", style.background);
    r.colour("/fills/mali", style.mali_fill);
    r.colour("/fills/burkina_faso", style.burkina_fill);
    r.colour("/fills/neighbours", style.neighbour_fill);
    r.number("/fills/tint_variation", style.tint_variation, 0, 0.5f);
    r.line("/lines/commune", style.commune_line);
    r.line("/lines/cercle", style.cercle_line);
    r.line("/lines/region", style.region_line);
    r.line("/lines/national", style.national_border);
    r.line("/lines/neighbour", style.neighbour_border);
    r.line("/water/rivers/major", style.river_lines[0]);
    r.line("/water/rivers/medium", style.river_lines[1]);
    r.line("/water/rivers/minor", style.river_lines[2]);
    r.number("/water/rivers/width_growth_per_zoom", style.river_width_growth, 0, 2);
    r.colour("/water/lakes", style.lake_fill);
    r.colour("/water/label", style.water_label);
    r.colour("/highlight/hover", style.hover_tint);
    r.colour("/highlight/selected", style.selected_fill);
    r.line("/highlight/selected_outline", style.selected_outline);
    r.colour("/highlight/emphasised", style.emphasised_fill);
    if (const json* palette = r.at("/user/palette"); palette && palette->is_array())
        for (size_t i = 0; i < std::min(palette->size(), style.user_palette.size()); ++i)
            r.colour("/user/palette/" + std::to_string(i), style.user_palette[i]);
    float alpha = style.user_fill_alpha / 255.0f;
    r.number("/user/fill_opacity", alpha, 0, 1);
    style.user_fill_alpha = uint8_t(alpha * 255.0f + 0.5f);
    r.number("/user/line_width", style.user_line_width_px, 0, 50);
    r.number("/user/point_size", style.point_size_px, 1, 100);
    return style;
}

Rgba varied_fill(Rgba base, const std::string& id, float variation) {
    // FNV-1a: tiny, stable across runs and platforms (std::hash is neither).
    uint32_t h = 2166136261u;
    for (unsigned char c : id) h = (h ^ c) * 16777619u;
    float t = ((h >> 8) % 1001) / 1000.0f * 2 - 1;  // -1..1
    float k = 1 + t * variation;
    auto scale = [k](uint8_t v) { return uint8_t(std::clamp(v * k, 0.0f, 255.0f)); };
    return Rgba{scale(base.r), scale(base.g), scale(base.b), base.a};
}

}  // namespace corridor
