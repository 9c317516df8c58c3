#include "core/export/cairo_page.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>

#include "core/base/file_write.h"

namespace corridor {

namespace {

constexpr double kMarginPt = 10 * 72 / 25.4;  // 10 mm
const char* kFontFace = "DejaVu Sans";  // fonts-dejavu-core, the UI's font

cairo_status_t append_bytes(void* closure, const unsigned char* data, unsigned int length) {
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void set_colour(cairo_t* cr, PageColour c) { cairo_set_source_rgba(cr, c.r / 255.0, c.g / 255.0, c.b / 255.0, c.a / 255.0); }

void draw_path(cairo_t* cr, const PageShape& s) {
    cairo_new_path(cr);
    for (const auto& part : s.parts) {
        if (part.size() < 2) continue;
        cairo_move_to(cr, part[0].x, part[0].y);
        for (size_t i = 1; i < part.size(); ++i) cairo_line_to(cr, part[i].x, part[i].y);
        if (s.closed) cairo_close_path(cr);
    }
    if (s.closed && s.fill.visible()) {
        cairo_set_fill_rule(cr, s.even_odd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING);
        set_colour(cr, s.fill);
        cairo_fill_preserve(cr);
    }
    if (s.stroke.visible() && s.width > 0) {
        set_colour(cr, s.stroke);
        cairo_set_line_width(cr, s.width);
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
        if (s.dash > 0) {
            const double dashes[] = {s.dash, s.dash * 0.75};
            cairo_set_dash(cr, dashes, 2, 0);
        }
        cairo_stroke_preserve(cr);
        cairo_set_dash(cr, nullptr, 0, 0);
    }
    cairo_new_path(cr);
}

void draw_circle(cairo_t* cr, const PageShape& s) {
    cairo_new_path(cr);
    cairo_arc(cr, s.at.x, s.at.y, s.radius, 0, 2 * M_PI);
    if (s.fill.visible()) set_colour(cr, s.fill), cairo_fill_preserve(cr);
    if (s.stroke.visible() && s.width > 0) set_colour(cr, s.stroke), cairo_set_line_width(cr, s.width), cairo_stroke_preserve(cr);
    cairo_new_path(cr);
}

// The halo as an outline path (a drawing), the name itself with show_text (real text).
void draw_text(cairo_t* cr, const PageShape& s) {
    if (s.text.empty()) return;
    cairo_select_font_face(cr, kFontFace, CAIRO_FONT_SLANT_NORMAL, s.bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_set_font_size(cr, s.size);
    cairo_font_extents_t fe;
    cairo_font_extents(cr, &fe);
    cairo_save(cr);
    cairo_translate(cr, s.at.x, s.at.y);
    cairo_rotate(cr, s.angle);
    if (s.stroke.visible()) {
        cairo_new_path(cr);
        cairo_move_to(cr, 0, fe.ascent);
        cairo_text_path(cr, s.text.c_str());
        set_colour(cr, s.stroke);
        cairo_set_line_width(cr, std::max(1.0, s.size / 6));
        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
        cairo_stroke(cr);
    }
    cairo_move_to(cr, 0, fe.ascent);
    set_colour(cr, s.fill);
    cairo_show_text(cr, s.text.c_str());
    cairo_new_path(cr);
    cairo_restore(cr);
}

std::string xml_escaped(const std::string& text) {
    std::string out;
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            default: out += c;
        }
    }
    return out;
}

// Cairo's SVG surface draws text as glyph outlines: the names are added again as transparent
// <text> over them, so the SVG can be searched and its names selected or read.
void add_svg_text_layer(std::string& svg, const PageScene& scene, double dx, double dy, double k) {
    const size_t end = svg.rfind("</svg>");
    if (end == std::string::npos) return;
    std::string layer = "<g id=\"names\" fill-opacity=\"0\" font-family=\"DejaVu Sans\">\n";
    char buf[160];
    for (const PageShape& s : scene.shapes) {
        if (s.kind != PageShape::Kind::Text || s.text.empty()) continue;
        const double size = s.size * k;
        std::snprintf(buf, sizeof buf, "<text x=\"%.2f\" y=\"%.2f\" font-size=\"%.2f\" transform=\"rotate(%.2f %.2f %.2f)\">",
                      dx + s.at.x * k, dy + s.at.y * k + size * 0.93, size, s.angle * 180 / M_PI, dx + s.at.x * k,
                      dy + s.at.y * k);
        layer += buf + xml_escaped(s.text) + "</text>\n";
    }
    layer += "</g>\n";
    svg.insert(end, layer);
}

}  // namespace

bool write_page(const PageScene& scene, PageFormat format, PageSize size, const std::filesystem::path& file,
                std::string& error) {
    if (scene.width <= 0 || scene.height <= 0 || size.width_pt <= 0 || size.height_pt <= 0)
        return error = "the view or the page has no size", false;
    std::string bytes;
    cairo_surface_t* surface =
        format == PageFormat::Pdf
            ? cairo_pdf_surface_create_for_stream(append_bytes, &bytes, size.width_pt, size.height_pt)
            : cairo_svg_surface_create_for_stream(append_bytes, &bytes, size.width_pt, size.height_pt);
    if (format == PageFormat::Pdf) cairo_pdf_surface_set_metadata(surface, CAIRO_PDF_METADATA_CREATOR, "Corridor Viewer");
    cairo_t* cr = cairo_create(surface);
    // The view fitted into the page inside the margin, centred; a "view" page has no margin.
    const bool own_aspect = std::abs(size.width_pt - scene.width) < 0.5 && std::abs(size.height_pt - scene.height) < 0.5;
    const double margin = own_aspect ? 0 : kMarginPt;
    const double k = std::min((size.width_pt - 2 * margin) / scene.width, (size.height_pt - 2 * margin) / scene.height);
    const double dx = (size.width_pt - scene.width * k) / 2, dy = (size.height_pt - scene.height * k) / 2;
    cairo_translate(cr, dx, dy);
    cairo_scale(cr, k, k);
    cairo_rectangle(cr, 0, 0, scene.width, scene.height);
    cairo_clip(cr);
    for (const PageShape& s : scene.shapes) {
        switch (s.kind) {
            case PageShape::Kind::Path: draw_path(cr, s); break;
            case PageShape::Kind::Circle: draw_circle(cr, s); break;
            case PageShape::Kind::Text: draw_text(cr, s); break;
        }
    }
    cairo_show_page(cr);
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const cairo_status_t status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) return error = std::string("Cairo: ") + cairo_status_to_string(status), false;
    if (format == PageFormat::Svg) add_svg_text_layer(bytes, scene, dx, dy, k);
    return write_file_atomically(file, bytes, error);
}

}  // namespace corridor
