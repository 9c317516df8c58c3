#include "viewer/names/label_layer.h"

#include <algorithm>
#include <cmath>

#include "core/base/text_fold.h"

#include <imgui_internal.h>  // ImTextCharToUtf8

#include "viewer/names/label_style.h"
#include "viewer/names/place_symbols.h"

namespace corridor {

namespace {

std::string shown_text(const MapLabel& l) {
    return label_style(l.rank).caps ? upper_latin1(l.text) : l.text;
}

constexpr uint64_t kDotIds = uint64_t(1) << 62;  // candidate ids of dots: apart from every label's

// Last frame's positions hold names still while the camera moves (wheel, drag, flight); after a
// jump of more zoom levels than this (a scripted view, a Home from far in) they mean nothing, and
// a view would otherwise look different depending on where the user came from.
constexpr double kKeepAcrossZoom = 1.5;

// Pixels between repeats of a river's name (at UI scale 1): about one per screen width's
// stretch of river at 1280 px, as web maps repeat them.
constexpr float kLineLabelSpacing = 400;

constexpr float kFitFactor = 3.0f;  // a unit's label may be this many times its inside circle's radius wide

}  // namespace

const char* to_string(LabelRank rank) {
    switch (rank) {
        case LabelRank::Country: return "country";
        case LabelRank::Region: return "region";
        case LabelRank::Cercle: return "cercle";
        case LabelRank::Commune: return "commune";
        case LabelRank::Capital: return "capital";
        case LabelRank::RegionalCapital: return "regional_capital";
        case LabelRank::CercleSeat: return "cercle_seat";
        case LabelRank::CommuneSeat: return "commune_seat";
        case LabelRank::Village: return "village";
        case LabelRank::Initiative: return "initiative";
        case LabelRank::River: return "river";
    }
    return "";
}

void LabelLayer::set_labels(std::vector<MapLabel> labels) {
    labels_ = std::move(labels);
    shown_.clear(), areas_.clear(), lines_.clear(), point_index_.clear(), sizes_.clear(), placed_.clear();
    line_bounds_.assign(labels_.size(), Box{});
    std::vector<MapPoint> points;
    for (uint32_t i = 0; i < labels_.size(); ++i) {
        shown_.push_back(shown_text(labels_[i]));
        if (!labels_[i].path.empty()) {
            lines_.push_back(i);
            for (const MapPoint& p : labels_[i].path) line_bounds_[i].expand(p.x, p.y);
        } else if (labels_[i].point) {
            point_index_.push_back(i), points.push_back(labels_[i].at);
        } else {
            areas_.push_back(i);
        }
    }
    points_ = PointGrid(points, 20000);
    measured_font_ = nullptr;
    find_renamed();
}

void LabelLayer::set_priority_labels(std::vector<MapLabel> labels) {
    // Taken over at the next update: this frame's placed labels still point into priority_.
    pending_priority_ = std::move(labels);
    priority_changed_ = true;
}

void LabelLayer::take_priority_labels() {
    priority_ = std::move(pending_priority_);
    pending_priority_.clear();
    priority_changed_ = false;
    priority_shown_.clear();
    for (const MapLabel& l : priority_) priority_shown_.push_back(shown_text(l));
    find_renamed();
}

void LabelLayer::find_renamed() {
    renamed_.assign(labels_.size(), false);
    std::vector<uint32_t> near;
    for (const MapLabel& p : priority_) {
        const std::string name = fold_text(p.text);
        near.clear();
        points_.query(Box{p.at.x - kSameTownMetres, p.at.y - kSameTownMetres, p.at.x + kSameTownMetres,
                          p.at.y + kSameTownMetres},
                      near);
        for (uint32_t k : near) {
            const MapLabel& l = labels_[point_index_[k]];
            if (std::hypot(l.at.x - p.at.x, l.at.y - p.at.y) < kSameTownMetres && fold_text(l.text) == name)
                renamed_[point_index_[k]] = true;
        }
    }
}

void LabelLayer::measure(ImFont* font, float scale) {
    if (font == measured_font_ && scale == measured_scale_ && sizes_.size() == labels_.size()) return;
    // Measured when first needed or a few per frame ahead of need: (0, 0) until then.
    sizes_.assign(labels_.size(), ImVec2(0, 0));
    line_texts_.assign(labels_.size(), LineText{});
    warm_next_ = 0;
    measured_font_ = font, measured_scale_ = scale;
}

void LabelLayer::add_candidate(const MapLabel& l, const std::string& text, ImVec2 size, const Camera& camera,
                               float scale) {
    ScreenPoint s = camera.map_to_screen(l.at);
    LabelCandidate c;
    c.id = l.id;
    c.priority = label_priority(l.rank);
    c.anchor_x = float(s.x), c.anchor_y = float(s.y);
    c.width = size.x, c.height = size.y;
    if (l.point) {
        PlaceClass cls = l.rank == LabelRank::Capital           ? PlaceClass::Capital
                         : l.rank == LabelRank::RegionalCapital ? PlaceClass::RegionalCapital
                         : l.rank == LabelRank::CercleSeat      ? PlaceClass::CercleSeat
                         : l.rank == LabelRank::CommuneSeat     ? PlaceClass::CommuneSeat
                                                                : PlaceClass::Village;
        float gap = PlaceSymbols::radius(cls, scale) + 3 * scale;
        // A marker on the point: the name goes beside the marker, past its farthest edge, so the
        // town keeps its name where there is room instead of losing it to the obstacle.
        for (const Box& b : obstacles_)
            if (b.contains(s.x, s.y))
                gap = std::max(gap, float(std::max({b.max_x - s.x, s.x - b.min_x, b.max_y - s.y, s.y - b.min_y})) +
                                        3 * scale);
        c.offsets = point_label_offsets(size.x, size.y, gap);
    } else {
        // Centred; then just above or below, when a town sits on the spot. Larger units first
        // among equals: a fraction of a rank step, so ranks still decide.
        const float room_px = float(l.room / camera.meters_per_pixel());
        c.priority += std::min(room_px / 1000.0f, 0.5f);
        c.offsets = {{-size.x / 2, -size.y / 2}, {-size.x / 2, -size.y * 1.5f}, {-size.x / 2, size.y * 0.5f}};
    }
    candidates_.push_back(std::move(c));
    candidate_labels_.push_back({&l, &text});
}

// A river's name: one candidate per repeat along its line that fits on screen (line_label.h).
// Its box is the turned glyphs' bounding box, so it collides like any other name.
void LabelLayer::add_line_candidates(uint32_t i, const Camera& camera, ImFont* font, float scale, const Box& area) {
    const MapLabel& l = labels_[i];
    LineText& text = line_texts_[i];
    const LabelStyle& style = label_style(l.rank);
    if (text.code_points.empty()) text = measure_line_text(font, style, scale, shown_[i]);
    screen_path_.clear();
    for (const MapPoint& p : l.path) {
        const ScreenPoint s = camera.map_to_screen(p);
        screen_path_.push_back({float(s.x), float(s.y)});
    }
    LineLabelOptions options;
    options.spacing = kLineLabelSpacing * scale;
    for (LineLabelPlace& place : place_along_line(screen_path_, text.advances, style.size * scale, area, options)) {
        LabelCandidate c;
        // Each repeat its own stable id: bits 48..61 (the dots' bit 62 stays clear).
        c.id = l.id | (uint64_t((place.repeat + 1) & 0x3FFF) << 48);
        c.priority = label_priority(l.rank);
        c.anchor_x = float(place.box.min_x + place.box.max_x) / 2, c.anchor_y = float(place.box.min_y + place.box.max_y) / 2;
        c.width = float(place.box.width()), c.height = float(place.box.height());
        c.offsets = {{-c.width / 2, -c.height / 2}};
        candidates_.push_back(std::move(c));
        candidate_labels_.push_back({&l, &shown_[i], int(line_places_.size())});
        line_places_.push_back({&text, std::move(place.glyphs)});
    }
}

void LabelLayer::update(const Camera& camera, const std::vector<Box>& ui_rects, const std::vector<SymbolBox>& dots,
                        ImFont* font, float scale, const std::function<bool(int)>& shown, Box area) {
    candidates_.clear(), candidate_labels_.clear(), line_places_.clear();
    if (priority_changed_) take_priority_labels();
    if (!font) return placed_.clear();
    measure(font, scale);
    const double zoom = rule_zoom_ >= 0 ? rule_zoom_ : camera.zoom(), mpp = camera.meters_per_pixel();
    const double w = camera.viewport_width(), h = camera.viewport_height();
    if (area.empty()) area = Box{0, 0, w, h};
    // The names' anchors lie inside the area: its corners in map units.
    const MapPoint nw = camera.screen_to_map({area.min_x, area.min_y}), se = camera.screen_to_map({area.max_x, area.max_y});
    Box view;
    view.expand(nw.x, nw.y), view.expand(se.x, se.y);
    auto size_of = [&](uint32_t i) {
        if (sizes_[i].y == 0) sizes_[i] = label_text_size(font, label_style(labels_[i].rank), scale, shown_[i]);
        return sizes_[i];
    };
    auto wanted = [&](const MapLabel& l) {
        return label_visible(l.rank, zoom) && zoom < l.hidden_from_zoom && view.contains(l.at.x, l.at.y);
    };
    for (uint32_t i : areas_) {
        const MapLabel& l = labels_[i];
        if (!wanted(l)) continue;
        ImVec2 size = size_of(i);
        const bool must_fit = l.rank == LabelRank::Cercle || l.rank == LabelRank::Commune;
        if (must_fit && size.x > kFitFactor * float(l.room / mpp)) continue;
        add_candidate(l, shown_[i], size, camera, scale);
    }
    for (uint32_t i : lines_) {
        const MapLabel& l = labels_[i];
        if (!label_visible(l.rank, zoom) || zoom < l.min_zoom || !line_bounds_[i].intersects(view)) continue;
        if (shown && !shown(l.feature.layer)) continue;
        add_line_candidates(i, camera, font, scale, area);
    }
    if (show_places_ && label_visible(LabelRank::Capital, zoom)) {
        visible_points_.clear();
        points_.query(view, visible_points_);
        for (uint32_t k : visible_points_) {
            const uint32_t i = point_index_[k];
            if (!renamed_[i] && wanted(labels_[i])) add_candidate(labels_[i], shown_[i], size_of(i), camera, scale);
        }
    }
    for (size_t i = 0; i < priority_.size(); ++i)
        if (wanted(priority_[i]))
            add_candidate(priority_[i], priority_shown_[i],
                          label_text_size(font, label_style(priority_[i].rank), scale, priority_shown_[i]), camera, scale);

    // Dots take part in the placement just above their own label's priority: a town's dot keeps
    // village names off it, while the capital's name may cover a village's dot.
    static const std::string no_text;
    for (size_t i = 0; i < dots.size(); ++i) {
        const Box& b = dots[i].box;
        const float shrink = 2 * scale;  // the placement pads every box by 2 px: the dot's edge stays free
        LabelCandidate c;
        c.id = kDotIds | i;
        c.priority = label_priority(label_rank(dots[i].place_class)) + 0.5f;
        c.anchor_x = float(b.min_x + b.max_x) / 2, c.anchor_y = float(b.min_y + b.max_y) / 2;
        c.width = std::max(float(b.width()) - 2 * shrink, 1.0f), c.height = std::max(float(b.height()) - 2 * shrink, 1.0f);
        candidates_.push_back(std::move(c));
        candidate_labels_.push_back({nullptr, &no_text});
    }
    std::vector<Box> obstacles = ui_rects;
    obstacles.insert(obstacles.end(), obstacles_.begin(), obstacles_.end());
    // The area's edge (the screen's, or a docked panel's): a label is whole inside it or not shown.
    // Thin strips: the placement grid spans every box, so huge ones would make it coarse or big.
    const double far = 32, x0 = area.min_x, y0 = area.min_y, x1 = area.max_x, y1 = area.max_y;
    for (Box edge : {Box{x0 - far, y0 - far, x0, y1 + far}, Box{x1, y0 - far, x1 + far, y1 + far},
                     Box{x0 - far, y0 - far, x1 + far, y0}, Box{x0 - far, y1, x1 + far, y1 + far}})
        obstacles.push_back(edge);
    if (std::abs(zoom - placed_zoom_) > kKeepAcrossZoom) placed_.clear();
    placed_ = place_labels(candidates_, obstacles, placed_);
    placed_zoom_ = zoom;

    // Measure a few names not yet seen, so zooming in to 1,500 new village names later costs
    // no more than any other frame (about 3 us a name): all are measured within ~70 frames.
    for (int budget = 300; budget > 0 && warm_next_ < labels_.size(); ++warm_next_, --budget)
        if (labels_[warm_next_].path.empty()) size_of(uint32_t(warm_next_));
}

void LabelLayer::draw(ImDrawList* list, ImFont* font, float scale, int frame) {
    drawn_frame_ = frame;
    if (!font) return;
    for (const PlacedLabel& p : placed_) {
        const Shown& s = candidate_labels_[p.candidate];
        if (!s.label) continue;
        if (s.line >= 0) {
            draw_label_along(list, font, label_style(s.label->rank), scale, *line_places_[s.line].text,
                             line_places_[s.line].glyphs);
            continue;
        }
        draw_label_text(list, font, label_style(s.label->rank), scale, ImVec2(float(p.box.min_x), float(p.box.min_y)),
                        *s.text);
    }
}

namespace {
PageColour page_colour(ImU32 c) {
    return {uint8_t(c >> IM_COL32_R_SHIFT), uint8_t(c >> IM_COL32_G_SHIFT), uint8_t(c >> IM_COL32_B_SHIFT),
            uint8_t(c >> IM_COL32_A_SHIFT)};
}
std::string utf8_of(ImWchar c) {
    char buf[8] = {};
    ImTextCharToUtf8(buf, c);
    return buf;
}
}  // namespace

void LabelLayer::add_to_page(PageScene& page, ImFont* font, float scale, int frame) {
    drawn_frame_ = frame;
    if (!font) return;
    for (const PlacedLabel& p : placed_) {
        const Shown& s = candidate_labels_[p.candidate];
        if (!s.label) continue;
        const LabelStyle& style = label_style(s.label->rank);
        const double size = style.size * scale;
        if (s.line >= 0) {
            const LinePlace& line = line_places_[s.line];
            for (size_t g = 0; g < line.glyphs.size() && g < line.text->code_points.size(); ++g) {
                // Each glyph's box centred on its place on the line, turned with it.
                const GlyphPlace& at = line.glyphs[g];
                const double w = line.text->advances[g], h = size, c = std::cos(at.angle), sn = std::sin(at.angle);
                const PagePoint top_left{at.x - (c * w / 2 - sn * h / 2), at.y - (sn * w / 2 + c * h / 2)};
                page.text(utf8_of(line.text->code_points[g]), top_left, size, page_colour(style.ink),
                          page_colour(style.halo), false, at.angle);
            }
            continue;
        }
        page.text(*s.text, {p.box.min_x, p.box.min_y}, size, page_colour(style.ink), page_colour(style.halo));
    }
}

std::vector<Box> LabelLayer::label_boxes() const {
    std::vector<Box> out;
    for (const PlacedLabel& p : placed_)
        if (candidate_labels_[p.candidate].label) out.push_back(p.box);
    return out;
}

nlohmann::json LabelLayer::state(int frame) const {
    nlohmann::json out = nlohmann::json::array();
    if (frame != drawn_frame_) return out;
    for (const PlacedLabel& p : placed_) {
        const Shown& s = candidate_labels_[p.candidate];
        if (!s.label) continue;
        out.push_back({{"id", s.label->feature_id},
                       {"text", *s.text},
                       {"rank", to_string(s.label->rank)},
                       {"box", {{"x", p.box.min_x}, {"y", p.box.min_y}, {"w", p.box.width()}, {"h", p.box.height()}}}});
    }
    return out;
}

}  // namespace corridor
