#pragma once
// `--record-tour NAME --out FILE`: plays a tour through the real app loop at the video's fixed
// frame time (as scripted runs do), each step for its hold time (core/export/tour_timing) with
// its caption and fly-to, and encodes every drawn frame as H.264 MP4 (core/export/video_encoder).
// A progress bar is drawn over the window after each frame is taken (so not in the video); Esc
// or closing the window cancels, and no file is left.
#include <chrono>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <SFML/Graphics/Font.hpp>

#include "core/export/video_encoder.h"
#include "viewer/shell/app.h"

namespace corridor {

class TourRecorder : public FrameHooks {
public:
    static constexpr int kFps = 30;

    TourRecorder(std::string tour_id, std::filesystem::path out);

    void before_frame(App& app) override;
    void after_draw(App& app) override;
    bool finished() const override { return finished_; }
    bool take_input(const sf::Event& event) override;  // Esc, from the window's own events
    // 0 written; 1 cancelled; 2 failed (the reason is on stderr).
    int exit_code() const { return exit_code_; }
    int frames() const { return frames_done_; }  // encoded so far
    double recording_seconds() const { return recording_seconds_; }  // wall time from the first frame to the file

private:
    bool start(App& app);
    void stop(int code, const std::string& message);
    void draw_progress(App& app);

    std::string tour_id_;
    std::filesystem::path out_;
    VideoEncoder encoder_;
    std::vector<int> step_frames_;
    size_t step_ = 0;
    int frame_in_step_ = 0, frames_done_ = 0, total_frames_ = 0, ready_frames_ = 0, loading_frames_ = 0;
    bool recording_ = false, finished_ = false, escape_ = false;
    int exit_code_ = 0;
    std::vector<uint8_t> pixels_;
    std::chrono::steady_clock::time_point started_;
    double recording_seconds_ = 0;
    std::optional<sf::Font> font_;
};

}  // namespace corridor
