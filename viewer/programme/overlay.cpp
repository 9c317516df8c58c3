#include "viewer/programme/overlay.h"

#include <algorithm>
#include <cmath>

#include <imgui.h>
#include <ogr_geometry.h>

#include "core/base/geometry_walk.h"

#include "core/project/projection.h"
#include "core/base/resource_paths.h"
#include "viewer/programme/programme_search.h"
#include "viewer/programme/theme_icons.h"
#include "viewer/programme/initiative_panel.h"
#include "viewer/programme/initiatives_list.h"
#include "viewer/programme/legend_panel.h"
#include "viewer/panels/section_header.h"
#include "viewer/ui/detail_pane.h"
#include "viewer/ui/draw_list_page.h"

namespace corridor {

namespace {

constexpr double kCorridorPickPixels = 6;

double segment_distance(ScreenPoint p, ScreenPoint a, ScreenPoint b) {
    double dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0) : 0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

ImVec2 to_im(ScreenPoint s) { return ImVec2(float(s.x), float(s.y)); }

constexpr float kTownRingRadius = 5;  // pixels at UI scale 1

void draw_polygon_outline(ImDrawList* dl, const Camera& camera, const OGRGeometry* g, ImU32 col, float width) {
    if (!g) return;
    for_each_ring(*g, [&](const OGRLinearRing& ring) {
        std::vector<ImVec2> pts;
        for (int i = 0; i < ring.getNumPoints(); ++i)
            pts.push_back(to_im(camera.lonlat_to_screen({ring.getX(i), ring.getY(i)})));
        if (pts.size() > 2) dl->AddPolyline(pts.data(), int(pts.size()), col, ImDrawFlags_Closed, width);
    });
}

}  // namespace

Box Overlay::marker_box(const MarkerGroup& g, float ui) {
    const double r = g.cluster() ? cluster_radius(g.initiatives.size(), ui) : kMarkerRadius * ui;
    return Box{g.at.x - r, g.at.y - r, g.at.x + r, g.at.y + r};
}

void Overlay::load(MapContext& ctx) {
    if (loaded_ || ctx.data.layers.empty()) return;
    loaded_ = true;
    Diagnostics diag;
    programme_ = load_programme_data(ctx.data, project_geodata_path("initiatives.json"),
                                     project_geodata_path("corridors.json"), diag);
    anchors_.clear();
    for (size_t i = 0; i < programme_.initiatives.size(); ++i)
        for (const MapPoint& p : marker_positions(programme_.initiatives[i], ctx.data)) anchors_.push_back({int(i), p});
    ctx.report(diag);
    new_search_entries_ = programme_search_entries(programme_, ctx.data);
}

void Overlay::init_corridor_layer(MapContext& ctx) {
    corridor_layer_tried_ = true;
    corridor_layer_ = std::make_unique<CorridorLayer>();
    std::string error;
    if (!corridor_layer_->init(programme_.corridors, error)) {
        Diagnostics diag;
        diag.error(shader_path("corridor_flow.vert").string(), "", error);
        ctx.report(diag);
        corridor_layer_.reset();
    }
}

std::optional<std::vector<SearchEntry>> Overlay::take_search_entries() {
    std::optional<std::vector<SearchEntry>> out;
    out.swap(new_search_entries_);
    return out;
}

std::optional<std::vector<MapLabel>> Overlay::take_town_labels() {
    if (!town_labels_changed_) return std::nullopt;
    town_labels_changed_ = false;
    return town_labels_shown_ ? corridor_town_labels(programme_.corridors) : std::vector<MapLabel>{};
}

void Overlay::select_initiatives(std::vector<int> initiatives, std::string place) {
    selection_ = {};
    selection_.initiatives = std::move(initiatives);
    selection_.place = std::move(place);
    corridor_panel_.close();
}

void Overlay::select_corridor(const Geodata& data, int corridor) {
    selection_ = {};
    if (corridor < 0 || corridor >= int(programme_.corridors.size())) return corridor_panel_.close();
    selection_.corridor = corridor;
    corridor_panel_.open(programme_.corridors[corridor], corridor, data);
}

void Overlay::close_panel(OverlayPanel panel) {
    if (panel == OverlayPanel::Initiative) selection_.initiatives.clear(), selection_.place.clear();
    if (panel == OverlayPanel::Corridor) selection_.corridor = -1, corridor_panel_.close();
}

const MarkerGroup* Overlay::group_at(ScreenPoint at) const {
    // The topmost (last drawn) group first.
    for (auto it = groups_.rbegin(); it != groups_.rend(); ++it) {
        float r = it->cluster() ? cluster_radius(it->initiatives.size(), scale()) : kMarkerRadius * scale();
        if (std::hypot(at.x - it->at.x, at.y - it->at.y) <= r + 3) return &*it;
    }
    return nullptr;
}

int Overlay::corridor_at(const Camera& camera, ScreenPoint at, double tolerance_px) const {
    if (!filters_.show_corridors) return -1;
    int best = -1;
    double best_d = tolerance_px;
    for (size_t c = 0; c < programme_.corridors.size(); ++c) {
        std::vector<LonLat> line = programme_.corridors[c].line();
        for (size_t i = 0; i + 1 < line.size(); ++i) {
            double d = segment_distance(at, camera.lonlat_to_screen(line[i]), camera.lonlat_to_screen(line[i + 1]));
            if (d <= best_d) best_d = d, best = int(c);
        }
    }
    return best;
}

bool Overlay::click(MapContext& ctx, ScreenPoint at) {
    if (!loaded_) return false;
    if (const MarkerGroup* g = group_at(at)) {
        if (g->cluster() && !g->same_place()) {
            ctx.fly_to(g->bounds);
            return true;
        }
        const Initiative& first = programme_.initiatives[g->initiatives.front()];
        std::string place = !first.points.empty() ? first.points.front().name : std::string();
        if (place.empty() && !first.communes.empty())
            if (const Feature* f = ctx.data.commune(first.communes.front())) place = f->name;
        select_initiatives(g->initiatives, place);
        // The panel opens at the right edge: a marker it would cover moves into the free part.
        const double panel = detail_pane_reserve();
        if (at.x > ctx.camera.viewport_width() - panel - kMarkerRadius * scale() * 2)
            ctx.fly_to(ctx.camera.screen_to_map(at), ctx.camera.zoom(), panel);
        return true;
    }
    if (int c = corridor_at(ctx.camera, at, kCorridorPickPixels); c >= 0) {
        select_corridor(ctx.data, c);
        ctx.fly_to(corridor_bounds(programme_.corridors[c]), detail_pane_reserve());
        return true;
    }
    return false;
}

bool Overlay::choose(MapContext& ctx, const SearchEntry& e) {
    if (e.kind == SearchKind::Initiative) {
        int i = programme_.initiative_index(e.id);
        if (i < 0) return false;
        select_initiatives({i});
    } else if (e.kind == SearchKind::Corridor) {
        int i = programme_.corridor_index(e.id);
        if (i < 0) return false;
        select_corridor(ctx.data, i);
    } else {
        return false;
    }
    if (!e.bounds.empty()) ctx.fly_to(e.bounds, detail_pane_reserve());
    return true;
}

void Overlay::draw_commune_section(const MapContext& ctx, FeatureRef ref) {
    if (ctx.data.layers[ref.layer].level != AdminLevel::Commune) return;
    const Feature& f = ctx.data.layers[ref.layer].features[ref.feature];
    const Translator& tr = ctx.translator;
    std::vector<int> here;
    for (size_t i = 0; i < programme_.initiatives.size(); ++i) {
        const auto& c = programme_.initiatives[i].communes;
        if (std::find(c.begin(), c.end(), f.admin.pcode.empty() ? f.id : f.admin.pcode) != c.end()) here.push_back(int(i));
    }
    section_header(tr.tr("feature.initiatives"));
    if (here.empty()) ImGui::TextDisabled("%s", tr.tr("feature.no_initiatives"));
    for (int i : here) {
        const Initiative& in = programme_.initiatives[i];
        ImGui::PushID(i);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(theme_color(in.theme)));
        ImGui::Bullet();
        ImGui::PopStyleColor();
        ImGui::SameLine();
        if (ImGui::Selectable(in.title.in(ui_lang(tr)).c_str())) select_initiatives({i});
        ImGui::PopID();
    }
}

// The shown initiatives' markers grouped for `camera` at UI scale `ui`.
std::vector<MarkerGroup> Overlay::group_markers(const Camera& camera, float ui) const {
    std::vector<MarkerAnchor> shown;
    // The list's text filter narrows the map too, as the theme and year filters do.
    for (const MarkerAnchor& a : anchors_) {
        const Initiative& in = programme_.initiatives[a.initiative];
        if (filters_.shows(in) && filters_.matches_text(in)) shown.push_back(a);
    }
    return layout_markers(shown, camera, 2.2 * kMarkerRadius * ui, [ui](size_t n) {
        return n > 1 ? double(cluster_radius(n, ui)) : double(kMarkerRadius * ui);
    });
}

// What the names keep off: the markers and the corridors' town rings.
std::vector<Box> Overlay::obstacles_of(const std::vector<MarkerGroup>& groups, const Camera& camera, float ui) const {
    std::vector<Box> out;
    for (const MarkerGroup& g : groups) out.push_back(marker_box(g, ui));
    if (filters_.show_corridors)
        for (const Corridor& c : programme_.corridors)
            for (const CorridorTown& t : c.towns) {
                const ScreenPoint p = camera.lonlat_to_screen(t.position);
                const double r = kTownRingRadius * ui;
                out.push_back(Box{p.x - r, p.y - r, p.x + r, p.y + r});
            }
    return out;
}

// Groups the markers for this camera, and notes what the labels keep off (the labels are
// placed after every panel; the towns' names are placed with the others).
void Overlay::layout(const Camera& camera) {
    groups_ = group_markers(camera, scale());
    obstacles_ = obstacles_of(groups_, camera, scale());
    if (town_labels_shown_ != filters_.show_corridors) {
        town_labels_shown_ = filters_.show_corridors;
        town_labels_changed_ = true;
    }
}

// Hover, as the map does it: only when no window is under the pointer.
void Overlay::hover(MapContext& ctx) {
    const ImGuiIO& io = ImGui::GetIO();
    hovered_group_ = hovered_corridor_ = -1;
    ScreenPoint mouse{io.MousePos.x, io.MousePos.y};
    if (!io.WantCaptureMouse && io.MousePos.x > -1e6) {
        if (const MarkerGroup* g = group_at(mouse)) hovered_group_ = int(g - groups_.data());
        else hovered_corridor_ = corridor_at(ctx.camera, mouse, kCorridorPickPixels);
    }
    // Markers and corridors lie over the communes: no commune tooltip under them.
    if (hovered_group_ >= 0 || hovered_corridor_ >= 0) ctx.highlight.hovered = {};
}

void Overlay::draw(MapContext& ctx, const std::vector<std::string>& toured, LeftDock& dock, FrameRecord& frame) {
    load(ctx);
    if (!loaded_) return;
    if (!corridor_layer_tried_) init_corridor_layer(ctx);
    ui_scale_ = ctx.ui_scale;
    layout(ctx.camera);
    hover(ctx);
    draw_corridor_decorations(ImGui::GetBackgroundDrawList(), ctx.camera, scale());
    markers_frame_ = ImGui::GetFrameCount();
    draw_markers(ImGui::GetBackgroundDrawList(), groups_, scale(), toured, hovered_group_);

    const Translator& tr = ctx.translator;
    const Lang lang = ui_lang(tr);
    if (hovered_group_ >= 0) {
        ImGui::BeginTooltip();
        for (int i : groups_[hovered_group_].initiatives) {
            const Initiative& in = programme_.initiatives[i];
            ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme_color(in.theme)), "%s", theme_text(tr, in.theme));
            ImGui::SameLine();
            ImGui::TextUnformatted(in.title.in(lang).c_str());
        }
        ImGui::EndTooltip();
    } else if (hovered_corridor_ >= 0) {
        ImGui::SetTooltip("%s", programme_.corridors[hovered_corridor_].name.in(lang).c_str());
    }
    // Presenting: the audience sees the markers, not the panels; the tour owns the emphasis.
    if (ctx.presenting) return;
    draw_panels(ctx, dock, frame);
    update_emphasis(ctx);
}

void Overlay::draw_panels(MapContext& ctx, LeftDock& dock, FrameRecord& frame) {
    const Translator& tr = ctx.translator;
    std::string go_to;  // a commune link clicked in a panel: fly there and select it
    if (!selection_.initiatives.empty()) {
        std::vector<const Initiative*> list;
        for (int i : selection_.initiatives) list.push_back(&programme_.initiatives[i]);
        InitiativePanelActions panel = draw_initiative_panel(list, selection_.place, ctx.data, tr, frame);
        if (panel.closed) selection_ = {};
        go_to = panel.go_to_commune;
    }
    if (corridor_panel_.is_open()) {
        if (std::string p = corridor_panel_.draw(programme_.corridors[corridor_panel_.corridor_index()], ctx.data, tr,
                                                 frame, ctx.export_folder);
            !p.empty())
            go_to = p;
        if (!corridor_panel_.is_open()) selection_.corridor = -1;
    }
    if (FeatureRef ref = commune_ref(ctx.data, go_to); !go_to.empty() && ref.valid()) {
        ctx.fly_to(ctx.data.layers[ref.layer].features[ref.feature].bounds);
        ctx.select(ref);
    }
    int chosen = draw_initiatives_list(programme_.initiatives, filters_, tr, dock, &list_open_, frame);
    if (chosen >= 0) {
        select_initiatives({chosen});
        Box b;
        for (const MarkerAnchor& a : anchors_)
            if (a.initiative == chosen) b.expand(a.at.x, a.at.y);
        if (!b.empty()) {
            const double panel = detail_pane_reserve();
            if (b.width() < 1 && b.height() < 1) ctx.fly_to({b.min_x, b.min_y}, std::max(ctx.camera.zoom(), 10.0), panel);
            else ctx.fly_to(b, panel);
        }
    }
    LegendActions legend = draw_legend(ctx.data, ctx.layers, filters_, tr, ctx.user_layers, dock, &legend_open_, frame);
    if (legend.chosen.valid()) ctx.select(legend.chosen);
    if (legend.name_field) ctx.name_features_by(legend.name_field->first, legend.name_field->second);
}

void Overlay::adopt_current_context() {
    if (corridor_layer_) corridor_layer_->adopt_current_context();
}

void Overlay::draw_map(const MapContext& ctx) const {
    if (!corridor_layer_ || !filters_.show_corridors) return;
    int hot = hovered_corridor_ >= 0 ? hovered_corridor_ : selection_.corridor;
    corridor_layer_->draw(ctx.camera, ctx.clock, hot, scale());
}

void Overlay::draw_export_gl(const Camera& camera, double clock, float ui) const {
    if (!corridor_layer_ || !filters_.show_corridors) return;
    corridor_layer_->draw(camera, clock, selection_.corridor, ui);
}

std::vector<Box> Overlay::draw_export(ImDrawList* dl, const Camera& camera, float ui, float font_px,
                                      const std::vector<std::string>& toured) const {
    if (!loaded_) return {};
    const std::vector<MarkerGroup> groups = group_markers(camera, ui);
    draw_corridor_decorations(dl, camera, ui);
    draw_markers(dl, groups, ui, toured, -1, font_px);
    return obstacles_of(groups, camera, ui);
}

std::vector<Box> Overlay::add_to_page(PageScene& page, const Camera& camera, float ui, float font_px,
                                      const std::vector<std::string>& toured) const {
    if (!loaded_) return {};
    if (filters_.show_corridors)
        for (size_t c = 0; c < programme_.corridors.size(); ++c) {
            const Corridor& corridor = programme_.corridors[c];
            std::vector<PagePoint> line;
            for (const LonLat& p : corridor.line()) {
                const ScreenPoint s = camera.lonlat_to_screen(p);
                line.push_back({s.x, s.y});
            }
            // As corridor_layer draws them: a white casing, then the line (indicative: dashed).
            const double hot = int(c) == selection_.corridor ? 1.4 : 1.0;
            page.path({line}, false, {}, {255, 255, 255, uint8_t(corridor.indicative ? 115 : 230)}, 9 * ui * hot);
            if (corridor.indicative) page.path({line}, false, {}, {140, 90, 13, 204}, 6 * ui * hot, 10 * ui);
            else page.path({line}, false, {}, {148, 41, 31, 255}, 6 * ui * hot);
        }
    const std::vector<MarkerGroup> groups = group_markers(camera, ui);
    auto list = page_draw_list(float(page.width), float(page.height));
    draw_corridor_decorations(list.get(), camera, ui);
    draw_markers(list.get(), groups, ui, toured, -1, font_px);
    add_draw_list_to_page(*list, page);
    // The clusters' counts: text on the page, where the list had atlas glyphs.
    ImFont* font = ImGui::GetIO().FontDefault ? ImGui::GetIO().FontDefault : ImGui::GetFont();
    for (const MarkerGroup& g : groups) {
        if (!g.cluster() || !font) continue;
        const std::string count = std::to_string(g.initiatives.size());
        const float size = font_px * 1.1f;
        const ImVec2 ts = font->CalcTextSizeA(size, 1e9f, 0, count.c_str());
        page.text(count, {g.at.x - ts.x / 2, g.at.y - ts.y / 2}, size, {255, 255, 255, 255});
    }
    return obstacles_of(groups, camera, ui);
}

bool Overlay::corridor_in_view(const Corridor& c, const Camera& camera) const {
    const Box screen{0, 0, camera.viewport_width(), camera.viewport_height()};
    for (const LonLat& p : c.line())
        if (ScreenPoint s = camera.lonlat_to_screen(p); screen.contains(s.x, s.y)) return true;
    return false;
}

namespace {
PageColour page_colour(ImU32 c) {
    return {uint8_t(c >> IM_COL32_R_SHIFT), uint8_t(c >> IM_COL32_G_SHIFT), uint8_t(c >> IM_COL32_B_SHIFT),
            uint8_t(c >> IM_COL32_A_SHIFT)};
}
}  // namespace

std::vector<LegendRow> Overlay::legend_rows(const Camera& camera, float ui, const Translator& tr) const {
    std::vector<LegendRow> rows;
    if (!loaded_) return rows;
    std::vector<bool> shown(all_themes().size() + 1, false);
    for (const MarkerGroup& g : group_markers(camera, ui))
        for (int i : g.initiatives) shown[size_t(programme_.initiatives[i].theme)] = true;
    bool any_theme = false;
    for (Theme t : all_themes())
        if (shown[size_t(t)]) {
            if (!any_theme) rows.push_back({LegendRow::Swatch::Heading, tr.tr("legend.themes")});
            any_theme = true;
            rows.push_back({LegendRow::Swatch::Dot, theme_text(tr, t), page_colour(theme_color(t)), {255, 255, 255, 255}, 2});
        }
    if (!filters_.show_corridors) return rows;
    bool firm = false, indicative = false;
    for (const Corridor& c : programme_.corridors)
        if (corridor_in_view(c, camera)) (c.indicative ? indicative : firm) = true;
    if (firm || indicative) rows.push_back({LegendRow::Swatch::Heading, tr.tr("legend.corridors")});
    if (firm) rows.push_back({LegendRow::Swatch::Line, tr.tr("legend.corridors"), {}, {148, 41, 31, 255}, 4});
    if (indicative)
        rows.push_back({LegendRow::Swatch::Dashed, tr.tr("corridor.indicative_route"), {}, {140, 90, 13, 220}, 4});
    return rows;
}

void Overlay::draw_markers(ImDrawList* dl, const std::vector<MarkerGroup>& groups, float ui,
                           const std::vector<std::string>& toured, int hovered, float font_px) const {
    for (size_t g = 0; g < groups.size(); ++g) {
        const MarkerGroup& group = groups[g];
        bool hot = int(g) == hovered;
        for (int i : group.initiatives)
            hot = hot || std::find(selection_.initiatives.begin(), selection_.initiatives.end(), i) != selection_.initiatives.end() ||
                  std::find(toured.begin(), toured.end(), programme_.initiatives[i].id) != toured.end();
        if (!group.cluster()) {
            const Initiative& in = programme_.initiatives[group.initiatives.front()];
            draw_marker(dl, to_im(group.at), ui, in.theme, !date_years(in.date), hot);
            continue;
        }
        std::vector<Theme> themes;
        for (int i : group.initiatives) themes.push_back(programme_.initiatives[i].theme);
        std::sort(themes.begin(), themes.end());
        draw_cluster(dl, to_im(group.at), ui, themes, hot, font_px);
    }
}

void Overlay::draw_corridor_decorations(ImDrawList* dl, const Camera& camera, float ui) const {
    if (corridor_panel_.is_open() && corridor_panel_.buffer().polygon_lonlat) {
        draw_polygon_outline(dl, camera, corridor_panel_.buffer().polygon_lonlat.get(), IM_COL32(148, 41, 31, 190),
                             2 * ui);
    }
    if (!filters_.show_corridors) return;
    for (const Corridor& c : programme_.corridors) {
        for (const CorridorTown& t : c.towns) {
            ImVec2 p = to_im(camera.lonlat_to_screen(t.position));
            float r = kTownRingRadius * ui;
            dl->AddCircleFilled(p, r, IM_COL32_WHITE, 16);
            dl->AddCircle(p, r, c.indicative ? IM_COL32(140, 90, 13, 255) : IM_COL32(148, 41, 31, 255), 16, 2.5f * ui);
        }
    }
}

void Overlay::update_emphasis(MapContext& ctx) {
    std::vector<int> initiatives;
    if (hovered_group_ >= 0) initiatives = groups_[hovered_group_].initiatives;
    else initiatives = selection_.initiatives;
    std::vector<FeatureRef> refs;
    for (int i : initiatives)
        for (const std::string& pcode : programme_.initiatives[i].communes)
            if (FeatureRef r = commune_ref(ctx.data, pcode); r.valid()) refs.push_back(r);
    if (refs.empty() && corridor_panel_.is_open())
        for (const CorridorCommune& c : corridor_panel_.buffer().communes)
            if (FeatureRef r = commune_ref(ctx.data, c.pcode); r.valid()) refs.push_back(r);
    // Only touch the highlight when we own what is in it: other panels may emphasise too.
    if (refs.empty() && emphasised_.empty()) return;
    ctx.highlight.emphasised = refs;
    emphasised_ = std::move(refs);
}

void Overlay::write_state(nlohmann::json& state, const Translator& tr) const {
    state["selection"] = selection_json(tr);
    state["filters"] = filters_.to_json();
    state["markers"] = markers_json();
    nlohmann::json panel = corridor_panel_.state();
    if (!panel.is_null()) panel["id"] = programme_.corridors[corridor_panel_.corridor_index()].id;
    state["corridor_panel"] = panel;
}

std::string Overlay::selection_title(const Translator& tr) const {
    const nlohmann::json s = selection_json(tr);
    return s.is_object() && s["title"].is_string() ? s["title"].get<std::string>() : std::string();
}

nlohmann::json Overlay::selection_json(const Translator& tr) const {
    const Lang lang = ui_lang(tr);
    if (selection_.corridor >= 0) {
        const Corridor& c = programme_.corridors[selection_.corridor];
        return {{"kind", "corridor"}, {"id", c.id}, {"title", c.name.in(lang)}, {"indicative", c.indicative}};
    }
    if (selection_.initiatives.empty()) return nullptr;
    std::vector<const Initiative*> list;
    nlohmann::json ids = nlohmann::json::array(), titles = nlohmann::json::array();
    for (int i : selection_.initiatives) {
        list.push_back(&programme_.initiatives[i]);
        ids.push_back(programme_.initiatives[i].id);
        titles.push_back(programme_.initiatives[i].title.in(lang));
    }
    return {{"kind", "initiative"},
            {"id", ids.front()},
            {"title", initiative_panel_title(list, selection_.place, tr)},
            {"ids", ids},
            {"titles", titles}};
}

nlohmann::json Overlay::markers_json() const {
    nlohmann::json out = nlohmann::json::array();
    if (markers_frame_ != ImGui::GetFrameCount()) return out;
    const ImVec2 window = ImGui::GetIO().DisplaySize;
    for (const MarkerGroup& g : groups_) {
        const Box b = marker_box(g, scale());
        // Laid out beyond the edges too (clusters stay stable while panning): only those in the window show.
        if (!b.intersects(Box{0, 0, window.x, window.y})) continue;
        nlohmann::json ids = nlohmann::json::array();
        bool undated = false;
        for (int i : g.initiatives) {
            ids.push_back(programme_.initiatives[i].id);
            undated = undated || !date_years(programme_.initiatives[i].date);
        }
        out.push_back({{"x", g.at.x}, {"y", g.at.y}, {"cluster", g.cluster()}, {"count", g.initiatives.size()},
                       {"ids", ids}, {"undated", undated},
                       {"box", {{"x", b.min_x}, {"y", b.min_y}, {"w", b.width()}, {"h", b.height()}}}});
    }
    return out;
}

}  // namespace corridor
