#pragma once
// Animated camera moves: a smooth zoom-out-and-in from one view to another, after van Wijk &
// Nuij, "Smooth and efficient zooming and panning" (InfoVis 2003). Pure functions of time, so
// tests check the path without a window.
#include "core/base/geo_types.h"

namespace corridor {

class Camera;

struct CameraView {
    MapPoint center;
    double meters_per_pixel = 1000;
};

CameraView camera_view(const Camera& camera);

// The view at `t` in [0, 1] along the optimal path from `from` to `to` for a viewport
// `viewport_width` pixels wide. t <= 0 gives `from`, t >= 1 gives exactly `to`.
CameraView fly_path(const CameraView& from, const CameraView& to, double viewport_width, double t);

// One running animation: start() it, then advance() it each frame with the frame's duration.
class FlyTo {
public:
    static constexpr double kDefaultSeconds = 0.6;

    void start(const CameraView& from, const CameraView& to, double seconds = kDefaultSeconds);
    void stop() { active_ = false; }
    bool active() const { return active_; }
    // Moves the camera to where the animation is after `dt` more seconds; ends at the target.
    void advance(Camera& camera, double dt);

private:
    CameraView from_, to_;
    double seconds_ = kDefaultSeconds, elapsed_ = 0;
    bool active_ = false;
};

}  // namespace corridor
