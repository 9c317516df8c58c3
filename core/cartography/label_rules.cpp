#include "core/cartography/label_rules.h"

#include <cmath>

namespace corridor {

double label_min_zoom(LabelRank rank) {
    // Tuned for Mali and Burkina Faso: a country spans ~350 px at 5; regions are 150-400 km
    // across (readable from 5.5); cercles/provinces 50-150 km (7); communes 10-40 km (8.5).
    // Towns show a little before the unit they head, since a seat is the one name people know.
    switch (rank) {
        case LabelRank::Country: return 4.0;
        case LabelRank::Region: return 5.5;
        case LabelRank::Cercle: return 7.0;
        case LabelRank::Commune: return 8.5;
        case LabelRank::Capital: return 4.0;
        case LabelRank::RegionalCapital: return 6.0;
        case LabelRank::CercleSeat: return 7.5;
        case LabelRank::CommuneSeat: return 9.0;
        case LabelRank::Village: return 11.0;
        case LabelRank::Initiative: return 5.0;
        // The Niger from the home view; lesser rivers later (MapLabel::min_zoom).
        case LabelRank::River: return 5.0;
    }
    return 0.0;
}

float label_priority(LabelRank rank) {
    switch (rank) {
        case LabelRank::Initiative: return 100;
        case LabelRank::Capital: return 95;
        case LabelRank::Country: return 90;
        case LabelRank::RegionalCapital: return 85;
        case LabelRank::Region: return 80;
        case LabelRank::CercleSeat: return 70;
        case LabelRank::Cercle: return 65;
        case LabelRank::CommuneSeat: return 55;
        case LabelRank::Commune: return 50;
        case LabelRank::Village: return 30;
        // Rivers are context: every town and unit name wins over them.
        case LabelRank::River: return 29;
    }
    return 0;
}

double web_zoom_from_scale(double metres_per_pixel) {
    // Zoom 0: the equator's 2*pi*6378137 m over 256 px = 156543.034 m/px.
    constexpr double kZoom0 = 156543.03392804097;
    return metres_per_pixel > 0 ? std::log2(kZoom0 / metres_per_pixel) : 0.0;
}

}  // namespace corridor
