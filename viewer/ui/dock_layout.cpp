#include "viewer/ui/dock_layout.h"

#include <algorithm>

namespace corridor {

std::vector<float> stack_column(const std::vector<DockSlot>& slots, float top, float bottom, float gap,
                                float collapsed_h) {
    std::vector<float> h(slots.size(), collapsed_h);
    if (slots.empty()) return h;
    float left = bottom - top - gap * float(slots.size() - 1) - collapsed_h * float(slots.size());
    auto grow = [&left, &h](size_t i, float to) {
        float more = std::clamp(to - h[i], 0.0f, std::max(0.0f, left));
        h[i] += more;
        left -= more;
    };
    for (size_t i = 0; i < slots.size(); ++i) grow(i, slots[i].min_h);
    for (size_t i = 0; i < slots.size(); ++i)
        if (!slots[i].fill) grow(i, slots[i].want_h);
    const auto fills = std::count_if(slots.begin(), slots.end(), [](const DockSlot& s) { return s.fill; });
    if (fills > 0 && left > 0) {
        const float share = left / float(fills);
        for (size_t i = 0; i < slots.size(); ++i)
            if (slots[i].fill) h[i] += share;
    }
    return h;
}

}  // namespace corridor
