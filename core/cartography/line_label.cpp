#include "core/cartography/line_label.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace corridor {

namespace {

constexpr float kPi = 3.14159265358979f;

struct Walker {
    const std::vector<PathPoint>& path;
    std::vector<float> at;  // cumulative length at each vertex

    explicit Walker(const std::vector<PathPoint>& p) : path(p), at(p.size(), 0) {
        for (size_t i = 1; i < p.size(); ++i) at[i] = at[i - 1] + std::hypot(p[i].x - p[i - 1].x, p[i].y - p[i - 1].y);
    }
    float length() const { return at.empty() ? 0 : at.back(); }
    PathPoint point(float s) const {
        s = std::clamp(s, 0.0f, length());
        const size_t i = size_t(std::upper_bound(at.begin(), at.end(), s) - at.begin());
        if (i == 0) return path.front();
        if (i >= path.size()) return path.back();
        const float seg = at[i] - at[i - 1], t = seg > 0 ? (s - at[i - 1]) / seg : 0;
        return {path[i - 1].x + t * (path[i].x - path[i - 1].x), path[i - 1].y + t * (path[i].y - path[i - 1].y)};
    }
};

float wrap(float a) {
    while (a > kPi) a -= 2 * kPi;
    while (a < -kPi) a += 2 * kPi;
    return a;
}

}  // namespace

std::vector<LineLabelPlace> place_along_line(const std::vector<PathPoint>& path, const std::vector<float>& advances,
                                             float height, const Box& screen, const LineLabelOptions& options) {
    std::vector<LineLabelPlace> out;
    if (path.size() < 2 || advances.empty() || options.spacing <= 0) return out;
    const Walker walk(path);
    const float width = std::accumulate(advances.begin(), advances.end(), 0.0f);
    const float length = walk.length();
    if (width <= 0 || length < width) return out;
    const float max_turn = options.max_turn_deg * kPi / 180;
    // One name at `centre` (pixels along the path), or nothing where it does not fit.
    auto try_at = [&](float centre, int repeat, LineLabelPlace& place) {
        if (centre - width / 2 < 0 || centre + width / 2 > length) return false;
        // Quick reject: the centre far off screen cannot give a label inside it.
        const PathPoint c = walk.point(centre);
        if (c.x < screen.min_x - width || c.x > screen.max_x + width || c.y < screen.min_y - width ||
            c.y > screen.max_y + width)
            return false;
        // Upright: walk the way that reads left to right.
        const PathPoint a = walk.point(centre - width / 2), b = walk.point(centre + width / 2);
        const bool reversed = b.x < a.x;
        place = LineLabelPlace{};
        place.repeat = repeat;
        float pen = 0;
        for (size_t g = 0; g < advances.size(); ++g) {
            const float adv = advances[g];
            const float along = reversed ? centre + width / 2 - (pen + adv / 2) : centre - width / 2 + pen + adv / 2;
            pen += adv;
            // The tangent over about a letter's height each side: a river's small wiggles
            // (1:10m vertices a few pixels apart) do not tip the letters.
            const float half = std::max(adv / 2, height);
            PathPoint p0 = walk.point(along - half), p1 = walk.point(along + half);
            if (reversed) std::swap(p0, p1);
            const PathPoint m = walk.point(along);
            GlyphPlace glyph{m.x, m.y, std::atan2(p1.y - p0.y, p1.x - p0.x)};
            if (!place.glyphs.empty() && std::abs(wrap(glyph.angle - place.glyphs.back().angle)) > max_turn) return false;
            const float cs = std::abs(std::cos(glyph.angle)), sn = std::abs(std::sin(glyph.angle));
            const float hx = cs * adv / 2 + sn * height / 2, hy = sn * adv / 2 + cs * height / 2;
            place.box.expand(Box{m.x - hx, m.y - hy, m.x + hx, m.y + hy});
            place.glyphs.push_back(glyph);
        }
        // Whole names only, like every other label.
        return place.box.min_x >= screen.min_x && place.box.min_y >= screen.min_y && place.box.max_x <= screen.max_x &&
               place.box.max_y <= screen.max_y;
    };
    // Each repeat at its nominal place, or a little before or after it where the line bends
    // there: always the same tries in the same order, so a name holds still while panning.
    const float s = options.spacing;
    const float shifts[] = {0, -s / 8, s / 8, -s / 4, s / 4};
    for (int k = 0; s / 2 + float(k) * s - s / 4 - width / 2 <= length; ++k) {
        LineLabelPlace place;
        for (float shift : shifts)
            if (try_at(s / 2 + float(k) * s + shift, k, place)) {
                out.push_back(std::move(place));
                break;
            }
    }
    return out;
}

}  // namespace corridor
