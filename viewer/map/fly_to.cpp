#include "viewer/map/fly_to.h"

#include <algorithm>
#include <cmath>

#include "viewer/map/camera.h"

namespace corridor {

namespace {
// rho: trade-off between zooming and panning; van Wijk & Nuij found sqrt(2) pleasant.
constexpr double kRho = 1.4142135623730951;

// Ease in and out so the motion starts and stops gently.
double smoothstep(double t) { return t * t * (3 - 2 * t); }
}  // namespace

CameraView camera_view(const Camera& camera) { return {camera.center(), camera.meters_per_pixel()}; }

CameraView fly_path(const CameraView& from, const CameraView& to, double viewport_width, double t) {
    if (t <= 0) return from;
    if (t >= 1) return to;
    double s_t = smoothstep(t);
    // w: width of the visible world (metres); u: distance travelled along the straight line.
    double w0 = from.meters_per_pixel * viewport_width, w1 = to.meters_per_pixel * viewport_width;
    double dx = to.center.x - from.center.x, dy = to.center.y - from.center.y;
    double u1 = std::hypot(dx, dy);
    const double rho2 = kRho * kRho;
    if (u1 < 1e-6 * std::max(w0, w1)) {
        // Same centre: zoom only, geometrically (equal steps in zoom level).
        double w = w0 * std::pow(w1 / w0, s_t);
        return {{from.center.x, from.center.y}, w / viewport_width};
    }
    double b0 = (w1 * w1 - w0 * w0 + rho2 * rho2 * u1 * u1) / (2 * w0 * rho2 * u1);
    double b1 = (w1 * w1 - w0 * w0 - rho2 * rho2 * u1 * u1) / (2 * w1 * rho2 * u1);
    double r0 = std::log(std::sqrt(b0 * b0 + 1) - b0);
    double r1 = std::log(std::sqrt(b1 * b1 + 1) - b1);
    double S = (r1 - r0) / kRho;
    double s = s_t * S;
    double u = w0 / rho2 * (std::cosh(r0) * std::tanh(kRho * s + r0) - std::sinh(r0));
    double w = w0 * std::cosh(r0) / std::cosh(kRho * s + r0);
    return {{from.center.x + dx * u / u1, from.center.y + dy * u / u1}, w / viewport_width};
}

void FlyTo::start(const CameraView& from, const CameraView& to, double seconds) {
    from_ = from, to_ = to;
    seconds_ = std::max(seconds, 1e-3);
    elapsed_ = 0;
    active_ = true;
}

void FlyTo::advance(Camera& camera, double dt) {
    if (!active_) return;
    elapsed_ += std::max(dt, 0.0);
    double t = std::min(elapsed_ / seconds_, 1.0);
    CameraView v = fly_path(from_, to_, camera.viewport_width(), t);
    camera.set_center(v.center);
    camera.set_meters_per_pixel(v.meters_per_pixel);
    if (t >= 1) active_ = false;
}

}  // namespace corridor
