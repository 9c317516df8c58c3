#pragma once
// Populated places as dots whose size falls with their class (capital .. village). Towns show
// from the zoom their label rank starts at; the 18,000 villages only from kVillageZoom, found
// through a grid and drawn into one ImGui draw list (one batch).
#include <vector>

#include <imgui.h>

#include "core/cartography/places.h"
#include "viewer/map/camera.h"
#include "viewer/names/point_grid.h"

namespace corridor {

// A dot as drawn: its screen box and class (labels avoid dots of their rank or higher).
struct SymbolBox {
    Box box;
    PlaceClass place_class = PlaceClass::Village;
};

class PlaceSymbols {
public:
    static constexpr double kVillageZoom = 10.0;

    // `hidden[i]` true: place i gets no dot (may be empty).
    void set_places(const std::vector<Place>& places, const std::vector<bool>& hidden = {});
    bool shows(PlaceClass c, double zoom) const;
    static float radius(PlaceClass c, float scale);

    // Draws the dots inside the view (none when `list` is null), except those touching a box of
    // `covered` (map furniture drawn before them) and villages under a box of `names` (labels of
    // higher rank placed over them); appends each dot's screen box to `drawn` when given.
    // `rule_zoom` (>= 0): the zoom whose classes show, when it is not the camera's (an export
    // drawn at 4x shows the window's).
    void draw(ImDrawList* list, const Camera& camera, float scale, std::vector<SymbolBox>* drawn = nullptr,
              const std::vector<Box>& covered = {}, const std::vector<Box>& names = {}, double rule_zoom = -1) const;

private:
    std::vector<PlaceClass> classes_;
    PointGrid grid_;
    mutable std::vector<uint32_t> visible_;  // reused between frames
};

}  // namespace corridor
