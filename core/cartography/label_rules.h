#pragma once
// Which labels a zoom level shows, and which win when they collide. Zoom is the web-map zoom
// level (0 = the whole world in 256 px, each level doubles the scale); at zoom 5 Mali is
// about 360 px wide, at zoom 8 a cercle fills a screen, at zoom 11 villages are kilometres apart.
#include <cstdint>

namespace corridor {

enum class LabelRank : uint8_t {
    Country,
    Region,
    Cercle,           // Mali cercle or Burkina province
    Commune,
    Capital,          // national capital (COD class 1, GeoNames PPLC, BFA adm_p_lvl 0)
    RegionalCapital,  // class 2, PPLA, adm_p_lvl 1
    CercleSeat,       // class 3, PPLA2, adm_p_lvl 2
    CommuneSeat,      // class 4, PPLA3, adm_p_lvl 3
    Village,          // class 5, PPL
    Initiative,       // a place of the corridor programme
    River,            // a river's name along its line (line_label.h), below every town
};

// The lowest zoom at which labels of this rank show.
double label_min_zoom(LabelRank rank);
inline bool label_visible(LabelRank rank, double zoom) { return zoom >= label_min_zoom(rank); }

// Placement priority (label_placement.h): higher first. Initiatives and the capital come
// first, then regions and regional capitals, towns before the area they sit in.
float label_priority(LabelRank rank);

// Web-map zoom for a scale in Web Mercator metres per screen pixel (camera to rules).
double web_zoom_from_scale(double metres_per_pixel);

}  // namespace corridor
