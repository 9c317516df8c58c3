#include "viewer/names/place_symbols.h"

#include <algorithm>

#include "viewer/names/cartography_data.h"

namespace corridor {

void PlaceSymbols::set_places(const std::vector<Place>& places, const std::vector<bool>& hidden) {
    std::vector<MapPoint> points;
    classes_.clear();
    for (size_t i = 0; i < places.size(); ++i)
        if (i >= hidden.size() || !hidden[i]) points.push_back(places[i].mercator), classes_.push_back(places[i].place_class);
    grid_ = PointGrid(points, 20000);  // 20 km: a few cells cover a zoom-10 view
}

bool PlaceSymbols::shows(PlaceClass c, double zoom) const {
    if (c == PlaceClass::Village) return zoom >= kVillageZoom;
    return label_visible(label_rank(c), zoom);  // a dot with no name beside it says nothing
}

float PlaceSymbols::radius(PlaceClass c, float scale) {
    switch (c) {
        case PlaceClass::Capital: return 5.0f * scale;
        case PlaceClass::RegionalCapital: return 4.0f * scale;
        case PlaceClass::CercleSeat: return 3.5f * scale;
        case PlaceClass::CommuneSeat: return 2.8f * scale;
        case PlaceClass::Village: return 2.0f * scale;
    }
    return 2.0f * scale;
}

void PlaceSymbols::draw(ImDrawList* list, const Camera& camera, float scale, std::vector<SymbolBox>* drawn,
                        const std::vector<Box>& covered, const std::vector<Box>& names, double rule_zoom) const {
    const double zoom = rule_zoom >= 0 ? rule_zoom : camera.zoom();
    if (!shows(PlaceClass::Capital, zoom)) return;
    visible_.clear();
    grid_.query(camera.visible_bounds(), visible_);
    const ImU32 ink = IM_COL32(35, 35, 35, 255), paper = IM_COL32(255, 255, 255, 230);
    // Villages first, so towns sit on top.
    for (int pass = 0; pass < 2; ++pass)
        for (uint32_t i : visible_) {
            const PlaceClass c = classes_[i];
            if ((c == PlaceClass::Village) != (pass == 0) || !shows(c, zoom)) continue;
            // The grid keeps the points; go through the camera for the screen position.
            ScreenPoint s = camera.map_to_screen(grid_.point(i));
            const float r = radius(c, scale);
            const ImVec2 at(float(s.x), float(s.y));
            Box b;
            b.expand(at.x - r, at.y - r);
            b.expand(at.x + r, at.y + r);
            auto touches = [&](const Box& o) { return o.intersects(b); };
            if (std::any_of(covered.begin(), covered.end(), touches)) continue;
            if (c == PlaceClass::Village && std::any_of(names.begin(), names.end(), touches)) continue;
            if (drawn) drawn->push_back({b, c});
            if (!list) continue;
            list->AddCircleFilled(at, r + 1.2f * scale, paper, 12);
            list->AddCircleFilled(at, r, ink, 12);
            if (c == PlaceClass::Capital) list->AddCircleFilled(at, r * 0.45f, paper, 12);  // ringed: the capital
        }
}

}  // namespace corridor
