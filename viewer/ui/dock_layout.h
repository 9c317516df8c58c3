#pragma once
// Where the panels docked in the left column go on first run: stacked top to bottom between the
// menu bar and the map furniture, never over each other. Pure maths, so tests check it directly.
#include <vector>

namespace corridor {

struct DockSlot {
    float min_h = 0;    // below this the panel is of little use: others shrink first
    float want_h = 0;   // the height its content asks for (an auto-sized legend)
    bool fill = false;  // a list: takes what the others leave, however much
};

// Heights for `slots` stacked in [top, bottom] with `gap` between them. Each gets `collapsed_h`
// (its title bar) first, then its min_h in order, then non-fill slots grow up to want_h and fill
// slots share the rest. A height of collapsed_h means: show it collapsed. When even the title
// bars do not fit, every slot gets collapsed_h and the column runs past `bottom`.
std::vector<float> stack_column(const std::vector<DockSlot>& slots, float top, float bottom, float gap,
                                float collapsed_h);

}  // namespace corridor
