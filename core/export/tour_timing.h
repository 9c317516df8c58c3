#pragma once
// How long each step of a tour shows in a recorded video: its own autoplay time, or a default
// hold for steps that wait for the presenter. GUI-free, so the video's expected length is known
// before a frame is drawn (the test compares it with ffprobe's).
#include <vector>

#include "core/programme/tour.h"

namespace corridor {

inline constexpr double kDefaultStepHoldSeconds = 6;

std::vector<double> step_hold_seconds(const Tour& tour, double default_hold = kDefaultStepHoldSeconds);
// Frames per step at `fps` (at least one each); their sum is the video's length in frames.
std::vector<int> step_frames(const Tour& tour, int fps, double default_hold = kDefaultStepHoldSeconds);

}  // namespace corridor
