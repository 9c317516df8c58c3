#include "viewer/presenter/view_export.h"

#include <cctype>
#include <cmath>
#include <ctime>

#include <SFML/Graphics/CircleShape.hpp>
#include <SFML/Graphics/Font.hpp>
#include <SFML/Graphics/Image.hpp>
#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/RenderTexture.hpp>
#include <SFML/Graphics/Text.hpp>

#include "core/base/png_file.h"
#include "core/base/program_version.h"
#include "core/cartography/water.h"
#include "core/export/cairo_page.h"
#include "viewer/map/map_page.h"
#include "core/base/utf8_text.h"
#include "core/project/projection.h"
#include "core/base/text_fold.h"
#include "viewer/panels/map_furniture.h"
#include "viewer/ui/imgui_sfml_platform.h"
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

sf::Color to_sf(PageColour c) { return sf::Color(c.r, c.g, c.b, c.a); }
PageColour to_page(Rgba c) { return {c.r, c.g, c.b, c.a}; }

// Legend, scale bar, attribution, title and date line drawn with SFML at the export's scale (the
// ImGui furniture is sized for the window, and re-running ImGui for one frame at another size
// would disturb it), or onto a vector page. A first pass only measures: the names are placed
// clear of the boxes.
class Furniture {
public:
    enum class Mode { Draw, Measure, Page };
    Furniture(sf::RenderTarget* target, const sf::Font& font, float unit, Mode mode, PageScene* page = nullptr)
        : target_(target), font_(font), unit_(unit), mode_(mode), page_(page) {}

    // A text line; returns its width.
    float text(const std::string& utf8, float x, float y, float size, sf::Color colour = sf::Color(30, 30, 30)) {
        sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), font_, unsigned(std::lround(size * unit_)));
        t.setFillColor(colour);
        t.setPosition(std::round(x), std::round(y));
        if (mode_ == Mode::Draw) target_->draw(t);
        if (mode_ == Mode::Page) page_->text(utf8, {x, y}, size * unit_, to_page(colour));
        return t.getLocalBounds().width;
    }
    float width(const std::string& utf8, float size) const {
        sf::Text t(sf::String::fromUtf8(utf8.begin(), utf8.end()), font_, unsigned(std::lround(size * unit_)));
        return t.getLocalBounds().width;
    }
    // `panel`: a box the names keep off.
    void rect(float x, float y, float w, float h, sf::Color fill, sf::Color outline = sf::Color::Transparent,
              float outline_px = 0, bool panel = false) {
        if (panel) boxes_.push_back(Box{x, y, x + w, y + h});
        if (mode_ == Mode::Page)
            page_->path({{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}}, true, to_page(fill), to_page(outline), outline_px);
        if (mode_ != Mode::Draw) return;
        sf::RectangleShape r({w, h});
        r.setPosition(x, y);
        r.setFillColor(fill);
        r.setOutlineColor(outline);
        r.setOutlineThickness(outline_px);
        target_->draw(r);
    }
    void dot(float cx, float cy, float r, sf::Color fill, sf::Color ring, float ring_px) {
        if (mode_ == Mode::Page) page_->circle({cx, cy}, r - ring_px / 2, to_page(fill), to_page(ring), ring_px);
        if (mode_ != Mode::Draw) return;
        sf::CircleShape c(r, 24);
        c.setOrigin(r, r);
        c.setPosition(cx, cy);
        c.setFillColor(fill);
        c.setOutlineColor(ring);
        c.setOutlineThickness(-ring_px);
        target_->draw(c);
    }
    float unit() const { return unit_; }
    const std::vector<Box>& boxes() const { return boxes_; }

private:
    static PageColour to_page(sf::Color c) { return {c.r, c.g, c.b, c.a}; }
    sf::RenderTarget* target_;
    const sf::Font& font_;
    float unit_;
    Mode mode_;
    PageScene* page_;
    std::vector<Box> boxes_;
};

void draw_legend(Furniture& f, const std::vector<LegendRow>& rows, float top) {
    const float u = f.unit(), pad = 10 * u, row = 22 * u, swatch = 16 * u;
    auto size_of = [](const LegendRow& r) { return r.swatch == LegendRow::Swatch::Heading ? 14.5f : 14.0f; };
    float w = f.width(tr("legend.title"), 16);
    for (const LegendRow& r : rows)
        w = std::max(w, (r.swatch == LegendRow::Swatch::Heading ? 0 : swatch + pad) + f.width(r.text, size_of(r)));
    float h = row * 1.3f + row * float(rows.size());
    f.rect(pad, top + pad, w + 2 * pad, h + pad, sf::Color(255, 255, 255, 225), sf::Color(80, 80, 80), u, true);
    f.text(tr("legend.title"), 2 * pad, top + pad * 1.3f, 16);
    float y = top + pad + row * 1.5f;
    for (const LegendRow& r : rows) {
        const float x = 2 * pad, cy = y + 2 * u + swatch / 2, lw = std::max(1.0f, float(r.width) * u);
        switch (r.swatch) {
            case LegendRow::Swatch::Heading: f.text(r.text, x, y, size_of(r), sf::Color(90, 90, 90)); y += row; continue;
            case LegendRow::Swatch::Fill: f.rect(x, y + 2 * u, swatch, swatch, to_sf(r.fill), to_sf(r.line), u); break;
            case LegendRow::Swatch::Line: f.rect(x, cy - lw / 2, swatch, lw, to_sf(r.line)); break;
            case LegendRow::Swatch::Dashed:
                for (float d = 0; d < swatch; d += 6 * u) f.rect(x + d, cy - lw / 2, std::min(4 * u, swatch - d), lw, to_sf(r.line));
                break;
            case LegendRow::Swatch::Dot: f.dot(x + swatch / 2, cy, swatch / 2, to_sf(r.fill), to_sf(r.line), float(r.width) * u); break;
        }
        f.text(r.text, x + swatch + pad, y, size_of(r));
        y += row;
    }
}

void draw_scale_and_attribution(Furniture& f, const ExportView& view, const Camera& camera, float line_height_px) {
    const float u = f.unit(), pad = 10 * u, W = float(camera.viewport_width()), H = float(camera.viewport_height());
    std::vector<std::string> lines = visible_attributions(*view.data, camera.visible_bounds(), view.layers);
    if (!view.footer.empty()) lines.push_back(view.footer);
    float y = H - pad - line_height_px * lines.size();
    for (const std::string& line : lines) {
        float w = f.width(line, 13);
        f.rect(W - pad - w - 4 * u, y, w + 6 * u, line_height_px, sf::Color(255, 255, 255, 210), sf::Color::Transparent, 0, true);
        f.text(line, W - pad - w - u, y, 13);
        y += line_height_px;
    }
    double lat = mercator_to_lonlat(camera.center()).lat;
    ScaleBar bar = scale_bar(camera.meters_per_pixel(), lat, std::min(200.0 * u, W / 4.0));
    if (bar.pixels <= 0) return;
    float base = H - pad - line_height_px * (lines.size() + 1), x0 = 2 * pad, x1 = x0 + float(bar.pixels);
    sf::Color ink(30, 30, 30);
    f.rect(x0 - 6 * u, base - line_height_px - 10 * u, float(bar.pixels) + 60 * u, line_height_px + 16 * u,
           sf::Color(255, 255, 255, 210), sf::Color::Transparent, 0, true);
    f.rect(x0, base - u, x1 - x0, 2 * u, ink);
    f.rect(x0, base - 7 * u, 2 * u, 7 * u, ink);
    f.rect(x1 - 2 * u, base - 7 * u, 2 * u, 7 * u, ink);
    f.text(bar.label, x0, base - line_height_px - 8 * u, 13);
}

// The title centred at the top; returns the height it takes.
float draw_title(Furniture& f, const std::string& title, float W) {
    if (title.empty()) return 0;
    const float u = f.unit(), pad = 10 * u, w = f.width(title, 22);
    f.rect(W / 2 - w / 2 - pad, pad, w + 2 * pad, 36 * u, sf::Color(255, 255, 255, 230), sf::Color(80, 80, 80), u, true);
    f.text(title, W / 2 - w / 2, pad + 4 * u, 22);
    return 0;  // centred: the legend at the left stays at the top
}

void draw_furniture(Furniture& f, const ExportView& view, const Camera& camera, const std::vector<LegendRow>& legend) {
    draw_title(f, view.title, float(camera.viewport_width()));
    draw_legend(f, legend, 0);
    draw_scale_and_attribution(f, view, camera, 18 * f.unit());
}

// Every row of the export's legend: the layers, then what the features list for this view.
std::vector<LegendRow> legend_rows(const ExportView& view, const Camera& camera, float ui) {
    std::vector<LegendRow> legend = layer_legend_rows(*view.data, view.layers, view.renderer->style());
    if (view.features.legend)
        for (LegendRow& r : view.features.legend(camera, ui)) legend.push_back(std::move(r));
    return legend;
}

// Where the legend, title, scale bar and attribution will be: the names keep off them.
std::vector<Box> furniture_boxes(const ExportView& view, const Camera& camera, const sf::Font& font, float ui,
                                 const std::vector<LegendRow>& legend) {
    Furniture measure(nullptr, font, ui, Furniture::Mode::Measure);
    draw_furniture(measure, view, camera, legend);
    return measure.boxes();
}

nlohmann::json boxes_json(const std::vector<Box>& boxes) {
    nlohmann::json out = nlohmann::json::array();
    for (const Box& b : boxes) out.push_back({{"x", b.min_x}, {"y", b.min_y}, {"w", b.width()}, {"h", b.height()}});
    return out;
}

// What the state JSON says of an export before its names are placed: the furniture's boxes and
// the title and date lines it carries ("" when left out).
nlohmann::json report_start(const ExportView& view, const std::vector<Box>& furniture) {
    return {{"labels", nlohmann::json::array()}, {"furniture", boxes_json(furniture)}, {"title", view.title}, {"footer", view.footer}};
}

// The atlas font that draws names at `px` with least enlargement: the largest one not over it
// (captions are built large), else the smallest.
ImFont* export_font(float px) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    ImFont* best = nullptr;
    for (ImFont* font : atlas->Fonts)
        if (font->FontSize <= px * 1.25f && (!best || font->FontSize > best->FontSize)) best = font;
    if (!best) best = ImGui::GetIO().FontDefault ? ImGui::GetIO().FontDefault : (atlas->Fonts.empty() ? nullptr : atlas->Fonts[0]);
    return best;
}

}  // namespace

std::vector<LegendRow> layer_legend_rows(const Geodata& data, const LayerVisibility& layers, const MapStyle& style) {
    auto shown = [&](auto pred) {
        for (size_t i = 0; i < data.layers.size(); ++i)
            if (layers.shown(int(i)) && pred(data.layers[i])) return true;
        return false;
    };
    auto level = [](AdminLevel a) { return [a](const Layer& l) { return l.level == a && l.role != "places"; }; };
    std::vector<LegendRow> rows;
    rows.push_back({LegendRow::Swatch::Heading, tr("legend.layers")});
    if (shown(level(AdminLevel::Country))) {
        rows.push_back({LegendRow::Swatch::Fill, tr("legend.mali"), to_page(style.mali_fill), to_page(style.national_border.color)});
        rows.push_back({LegendRow::Swatch::Fill, tr("legend.burkina_faso"), to_page(style.burkina_fill), to_page(style.national_border.color)});
    }
    const std::pair<AdminLevel, std::pair<const char*, LineStyle>> lines[] = {
        {AdminLevel::Commune, {"legend.communes", style.commune_line}},
        {AdminLevel::Cercle, {"legend.cercles_provinces", style.cercle_line}},
        {AdminLevel::Region, {"legend.regions", style.region_line}},
        {AdminLevel::Country, {"legend.countries", style.national_border}},
    };
    for (const auto& [lvl, entry] : lines)
        if (shown(level(lvl)))
            rows.push_back({LegendRow::Swatch::Line, tr(entry.first), {}, to_page(entry.second.color), entry.second.width_px});
    if (shown([](const Layer& l) { return is_water_layer(l); }))
        rows.push_back({LegendRow::Swatch::Line, tr("legend.water"), {}, to_page(style.river_lines[0].color), style.river_lines[0].width_px});
    if (shown([](const Layer& l) { return l.role == "places"; }))
        rows.push_back({LegendRow::Swatch::Dot, tr("legend.places"), {60, 60, 60, 255}, {255, 255, 255, 255}, 1});
    return rows;
}

std::string export_footer(const std::string& iso_date) {
    return tr_format("export.footer", iso_date.c_str(), program_version().c_str());
}

bool export_view_png(const ExportView& view, int scale, const std::filesystem::path& png, std::string& error,
                     nlohmann::json* report) {
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
    const float ui = view.ui_scale * scale;
    sf::RenderTexture target;
    sf::ContextSettings gl;
    gl.stencilBits = 8;
    if (!target.create(w, h, gl)) return error = "cannot create a " + std::to_string(w) + "x" + std::to_string(h) + " image", false;
    if (!target.setActive(true)) return error = "cannot draw into the image", false;
    target.pushGLStates();
    // Exported at the level of detail its scale asks for, even on a first start's first seconds.
    view.renderer->finish_detail(camera, view.layers);
    view.renderer->draw(camera, view.highlight, view.layers, ui);
    if (view.features.draw_gl) view.features.draw_gl(camera, ui);
    target.popGLStates();
    target.resetGLStates();
    sf::Font font;
    const bool have_font = font.loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    const std::vector<LegendRow> legend = legend_rows(view, camera, ui);
    const std::vector<Box> furniture = have_font ? furniture_boxes(view, camera, font, ui, legend) : std::vector<Box>{};
    if (report) *report = report_start(view, furniture);
    // The markers and names, with ImGui's own drawing code, as in the window.
    if (view.features.draw_shapes || view.features.draw_names) {
        ImDrawList list(ImGui::GetDrawListSharedData());
        list._ResetForNewFrame();
        list.PushClipRect(ImVec2(0, 0), ImVec2(float(w), float(h)));
        list.PushTextureID(ImGui::GetIO().Fonts->TexID);
        std::vector<Box> obstacles;
        if (view.features.draw_shapes) obstacles = view.features.draw_shapes(&list, camera, ui, 16 * ui);
        if (view.features.draw_names) {
            nlohmann::json placed = view.features.draw_names(&list, export_font(16 * ui), camera, ui, furniture, obstacles);
            if (report) (*report)["labels"] = std::move(placed);
        }
        imgui_sfml::render_draw_list(list, float(w), float(h));
        target.resetGLStates();
    }
    if (have_font) {
        Furniture f(&target, font, ui, Furniture::Mode::Draw);
        draw_furniture(f, view, camera, legend);
    }
    target.display();
    // Written to a temporary name and renamed: a full disk or a read-only folder leaves no
    // half-written PNG behind.
    const sf::Image image = target.getTexture().copyToImage();
    target.setActive(false);
    std::string why;
    const bool ok = write_png(png, image.getPixelsPtr(), image.getSize().x, image.getSize().y, why);
    if (!ok) error = "cannot write " + to_utf8(png.string()) + ": " + why;
    return ok;
}

bool export_view_page(const ExportView& view, const std::string& page_name, const std::filesystem::path& file,
                      std::string& error, nlohmann::json* report) {
    if (!view.data || !view.renderer) return error = "the map is not loaded yet", false;
    const std::optional<PageFormat> format = page_format_for(file);
    if (!format) return error = "the file name must end in .png, .pdf or .svg", false;
    const Camera& camera = view.camera;
    const std::optional<PageSize> size = page_size(page_name, camera.viewport_width(), camera.viewport_height());
    if (!size) return error = "unknown page size '" + page_name + "' (a4-landscape, a4-portrait, a3-landscape, a3-portrait, view)", false;
    PageScene page;
    page.width = camera.viewport_width(), page.height = camera.viewport_height();
    const float ui = view.ui_scale;
    add_map_to_page(page, *view.data, camera, view.layers, view.highlight, view.renderer->style(), ui);
    sf::Font font;
    const bool have_font = font.loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    const std::vector<LegendRow> legend = legend_rows(view, camera, ui);
    const std::vector<Box> furniture = have_font ? furniture_boxes(view, camera, font, ui, legend) : std::vector<Box>{};
    if (report) *report = report_start(view, furniture);
    if (view.features.add_to_page) {
        nlohmann::json placed = view.features.add_to_page(page, export_font(16 * ui), camera, ui, furniture);
        if (report) (*report)["labels"] = std::move(placed);
    }
    if (have_font) {
        Furniture f(nullptr, font, ui, Furniture::Mode::Page, &page);
        draw_furniture(f, view, camera, legend);
    }
    if (!write_page(page, *format, *size, file, error)) {
        error = "cannot write " + to_utf8(file.string()) + ": " + error;
        return false;
    }
    return true;
}

}  // namespace corridor
