#include "viewer/presenter/view_export.h"

#include <cctype>
#include <cmath>
#include <ctime>

#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>

#include "core/project/projection.h"
#include "core/base/text_fold.h"
#include "viewer/panels/map_furniture.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

std::string export_file_name(const std::string& place, const std::string& date) {
    // fold_text gives lower-case ASCII words; capitalised again for a readable name.
    std::string folded = fold_text(place), name;
    bool word_start = true;
    for (char c : folded) {
        if (std::isalnum(static_cast<unsigned char>(c))) {
            name += word_start ? char(std::toupper(static_cast<unsigned char>(c))) : c;
            word_start = false;
        } else if (!word_start) {
            name += '-';
            word_start = true;
        }
    }
    while (!name.empty() && name.back() == '-') name.pop_back();
    if (name.empty()) name = "view";
    return "corridor-" + name + "-" + date + ".png";
}

std::string today_iso_date() {
    std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &local);
    return buf;
}

namespace {

sf::Color to_sf(Rgba c) { return sf::Color(c.r, c.g, c.b, c.a); }

// Legend, scale bar and attribution drawn with SFML at the export's scale: the ImGui furniture
// is sized for the window, and re-running ImGui for one frame at another size would disturb it.
class Furniture {
public:
    Furniture(sf::RenderTarget& target, const sf::Font& font, float unit) : target_(target), font_(font), unit_(unit) {}

    // A text line; returns its width.
    float text(const std::string& utf8, float x, float y, float size, sf::Color colour = sf::Color(30, 30, 30)) {
        sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), font_, unsigned(std::lround(size * unit_)));
        t.setFillColor(colour);
        t.setPosition(std::round(x), std::round(y));
        target_.draw(t);
        return t.getLocalBounds().width;
    }
    float width(const std::string& utf8, float size) const {
        sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), font_, unsigned(std::lround(size * unit_)));
        return t.getLocalBounds().width;
    }
    void rect(float x, float y, float w, float h, sf::Color fill, sf::Color outline = sf::Color::Transparent,
              float outline_px = 0) {
        sf::RectangleShape r({w, h});
        r.setPosition(x, y);
        r.setFillColor(fill);
        r.setOutlineColor(outline);
        r.setOutlineThickness(outline_px);
        target_.draw(r);
    }
    float unit() const { return unit_; }

private:
    sf::RenderTarget& target_;
    const sf::Font& font_;
    float unit_;
};

void draw_legend(Furniture& f, const MapStyle& style) {
    const float u = f.unit(), pad = 10 * u, row = 22 * u, swatch = 16 * u;
    struct Entry {
        const char* key;
        sf::Color fill, line;
        float line_px;
    };
    const Entry entries[] = {
        {"legend.mali", to_sf(style.mali_fill), to_sf(style.national_border.color), 1},
        {"legend.burkina_faso", to_sf(style.burkina_fill), to_sf(style.national_border.color), 1},
        {"legend.communes", sf::Color::Transparent, to_sf(style.commune_line.color), style.commune_line.width_px},
        {"legend.cercles_provinces", sf::Color::Transparent, to_sf(style.cercle_line.color), style.cercle_line.width_px},
        {"legend.regions", sf::Color::Transparent, to_sf(style.region_line.color), style.region_line.width_px},
        {"legend.countries", sf::Color::Transparent, to_sf(style.national_border.color), style.national_border.width_px},
    };
    float w = f.width(tr("legend.title"), 16);
    for (const Entry& e : entries) w = std::max(w, swatch + pad + f.width(tr(e.key), 14));
    float h = row * 1.3f + row * std::size(entries);
    f.rect(pad, pad, w + 2 * pad, h + pad, sf::Color(255, 255, 255, 225), sf::Color(80, 80, 80), u);
    f.text(tr("legend.title"), 2 * pad, pad * 1.3f, 16);
    float y = pad + row * 1.5f;
    for (const Entry& e : entries) {
        if (e.fill.a) f.rect(2 * pad, y + 2 * u, swatch, swatch, e.fill, e.line, u);
        else f.rect(2 * pad, y + 2 * u + swatch / 2 - e.line_px * u / 2, swatch, std::max(1.0f, e.line_px * u), e.line);
        f.text(tr(e.key), 2 * pad + swatch + pad, y, 14);
        y += row;
    }
}

void draw_scale_and_attribution(Furniture& f, const ExportView& view, const Camera& camera, float line_height_px) {
    const float u = f.unit(), pad = 10 * u, W = float(camera.viewport_width()), H = float(camera.viewport_height());
    std::vector<std::string> lines = visible_attributions(*view.data, camera.visible_bounds(), view.layers);
    float y = H - pad - line_height_px * lines.size();
    for (const std::string& line : lines) {
        float w = f.width(line, 13);
        f.rect(W - pad - w - 4 * u, y, w + 6 * u, line_height_px, sf::Color(255, 255, 255, 210));
        f.text(line, W - pad - w - u, y, 13);
        y += line_height_px;
    }
    double lat = mercator_to_lonlat(camera.center()).lat;
    ScaleBar bar = scale_bar(camera.meters_per_pixel(), lat, std::min(200.0 * u, W / 4.0));
    if (bar.pixels <= 0) return;
    float base = H - pad - line_height_px * (lines.size() + 1), x0 = 2 * pad, x1 = x0 + float(bar.pixels);
    sf::Color ink(30, 30, 30);
    f.rect(x0 - 6 * u, base - line_height_px - 10 * u, float(bar.pixels) + 60 * u, line_height_px + 16 * u,
           sf::Color(255, 255, 255, 210));
    f.rect(x0, base - u, x1 - x0, 2 * u, ink);
    f.rect(x0, base - 7 * u, 2 * u, 7 * u, ink);
    f.rect(x1 - 2 * u, base - 7 * u, 2 * u, 7 * u, ink);
    f.text(bar.label, x0, base - line_height_px - 8 * u, 13);
}

}  // namespace

bool export_view_png(const ExportView& view, int scale, const std::filesystem::path& png, std::string& error) {
    if (!view.data || !view.renderer) return error = "the map is not loaded yet", false;
    if (scale < 1 || scale > 4) return error = "scale must be 1, 2 or 4", false;
    Camera camera = view.camera;
    unsigned w = unsigned(camera.viewport_width()) * scale, h = unsigned(camera.viewport_height()) * scale;
    // Same centre and extent, `scale` times the pixels: meters per pixel divided by scale.
    MapPoint center = camera.center();
    double mpp = camera.meters_per_pixel() / scale;
    camera.set_limits(Box{}, 0, 0);
    camera.set_viewport(w, h);
    camera.set_meters_per_pixel(mpp);
    camera.set_view(center, camera.zoom());
    sf::RenderTexture target;
    sf::ContextSettings gl;
    gl.stencilBits = 8;
    if (!target.create(w, h, gl)) return error = "cannot create a " + std::to_string(w) + "x" + std::to_string(h) + " image", false;
    if (!target.setActive(true)) return error = "cannot draw into the image", false;
    target.pushGLStates();
    view.renderer->draw(camera, view.highlight, view.layers, view.ui_scale * scale);
    target.popGLStates();
    target.resetGLStates();
    sf::Font font;
    if (font.loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")) {
        Furniture f(target, font, view.ui_scale * scale);
        draw_legend(f, view.renderer->style());
        draw_scale_and_attribution(f, view, camera, 18 * f.unit());
    }
    target.display();
    bool ok = target.getTexture().copyToImage().saveToFile(png.string());
    target.setActive(false);
    if (!ok) error = "cannot write " + png.string();
    return ok;
}

}  // namespace corridor
