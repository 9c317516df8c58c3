// Export speed through the real app (issue 15): a 4x PNG and an A3 PDF of the corridor view,
// and the default tour recorded as video (wall seconds per second of video; below 1 is faster
// than real time). Needs a display: xvfb-run -a -s "-screen 0 1920x1200x24".
//   build/bench/export_bench [exports=5] [video WxH, default 1280x720; "none" to skip] [video seconds=20]
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "bench/bench_stats.h"
#include "core/project/projection.h"
#include "viewer/script/tour_recorder.h"
#include "viewer/shell/app.h"

using namespace corridor;
using bench::Clock;

namespace {

double seconds_since(Clock::time_point t) { return std::chrono::duration<double>(Clock::now() - t).count(); }

// Waits for the data, shows the corridor view, lets names and markers settle, then times exports.
class ExportTimer : public FrameHooks {
public:
    ExportTimer(int runs, std::filesystem::path dir) : runs_(runs), dir_(std::move(dir)) {}
    void before_frame(App& app) override {
        if (app.loading() || done_) return;
        if (frames_++ == 0) app.camera().set_view(lonlat_to_mercator({-4.5, 12.5}), 7);
        if (frames_ < 30) return;
        std::string why;
        for (int i = 0; i < runs_; ++i) {
            auto t = Clock::now();
            if (!app.export_view(dir_ / "x4.png", 4, &why)) std::fprintf(stderr, "png: %s\n", why.c_str());
            png_.push_back(seconds_since(t) * 1000);
            t = Clock::now();
            if (!app.export_view(dir_ / "a3.pdf", 1, &why, {.title = false, .title_text = {}, .date_line = false, .page = "a3-landscape"})) std::fprintf(stderr, "pdf: %s\n", why.c_str());
            pdf_.push_back(seconds_since(t) * 1000);
        }
        done_ = true;
    }
    void after_draw(App&) override {}
    bool finished() const override { return done_; }
    std::vector<double> png_, pdf_;

private:
    int runs_, frames_ = 0;
    std::filesystem::path dir_;
    bool done_ = false;
};

// The recorder for the first `max_frames` frames only (the whole default tour lasts minutes),
// timed from its first frame; the unfinished file is removed with the recorder.
class FirstFrames : public FrameHooks {
public:
    FirstFrames(TourRecorder& recorder, int max_frames) : r_(recorder), max_(max_frames) {}
    void before_frame(App& app) override { r_.before_frame(app); }
    void after_draw(App& app) override {
        r_.after_draw(app);
        if (r_.frames() == 1) start_ = Clock::now();
    }
    bool finished() const override { return r_.finished() || r_.frames() >= max_; }
    double seconds() const { return seconds_since(start_); }

private:
    TourRecorder& r_;
    int max_;
    Clock::time_point start_ = Clock::now();
};

}  // namespace

int main(int argc, char** argv) {
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const std::string video = argc > 2 ? argv[2] : "1280x720";
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "corridor-export-bench";
    std::filesystem::create_directories(dir);
    {
        CommandLine cl;
        cl.width = 1280, cl.height = 800, cl.lang = "en";
        App app({cl, true});
        if (!app.start()) return 1;
        ExportTimer timer(runs, dir);
        app.run(&timer);
        bench::print_stats("4x PNG (5120x3200)", timer.png_, "ms");
        bench::print_stats("A3 PDF", timer.pdf_, "ms");
        std::printf("PNG %.1f MB, PDF %.1f MB\n", std::filesystem::file_size(dir / "x4.png") / 1e6,
                    std::filesystem::file_size(dir / "a3.pdf") / 1e6);
    }
    if (video == "none") return 0;
    CommandLine cl;
    if (std::sscanf(video.c_str(), "%dx%d", &cl.width, &cl.height) != 2) return 2;
    cl.lang = "en";
    AppOptions options{cl, true};
    options.frame_seconds = 1.0 / TourRecorder::kFps;
    App app(options);
    if (!app.start()) return 1;
    const double seconds = argc > 3 ? std::atof(argv[3]) : 20;
    TourRecorder recorder("default", dir / "tour.mp4");
    FirstFrames first(recorder, int(seconds * TourRecorder::kFps));
    app.run(&first);
    if (recorder.exit_code() != 0) return recorder.exit_code();
    const double wall = first.seconds(), length = double(recorder.frames() - 1) / TourRecorder::kFps;
    std::printf("tour video %s: %.1f s of video in %.1f s wall (the tour's first steps, flights included): %.2f s per s of video\n",
                video.c_str(), length, wall, wall / length);
    return 0;
}
