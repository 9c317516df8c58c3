#include "viewer/script/tour_recorder.h"

#include <iostream>
#include <numeric>

#include <SFML/Graphics/RectangleShape.hpp>
#include <SFML/Graphics/Text.hpp>
#include <SFML/OpenGL.hpp>
#include <SFML/Window/Keyboard.hpp>

#include "core/base/utf8_text.h"
#include "core/export/tour_timing.h"
#include "viewer/ui/ui_language.h"

namespace corridor {

namespace {
constexpr int kMaxLoadingFrames = 36000;  // as scripted runs: give up waiting for data
constexpr int kSettleFrames = 3;          // after loading: overlay and names take a frame or two
}  // namespace

TourRecorder::TourRecorder(std::string tour_id, std::filesystem::path out)
    : tour_id_(std::move(tour_id)), out_(std::move(out)) {}

void TourRecorder::stop(int code, const std::string& message) {
    if (recording_) recording_seconds_ = std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
    if (code != 0) encoder_.cancel();
    if (!message.empty()) std::cerr << "corridor-viewer: " << message << "\n";
    exit_code_ = code;
    finished_ = true;
    recording_ = false;
}

bool TourRecorder::start(App& app) {
    if (!app.start_tour(tour_id_)) return stop(2, "no tour with id '" + tour_id_ + "' was loaded"), false;
    const TourPlayer* player = app.tour_player();
    if (!player || player->step_count() == 0) return stop(2, "the tour '" + tour_id_ + "' has no steps"), false;
    step_frames_ = step_frames(player->tour(), kFps);
    total_frames_ = std::accumulate(step_frames_.begin(), step_frames_.end(), 0);
    const sf::Vector2u size = app.window().getSize();
    std::string error;
    if (!encoder_.open(out_, int(size.x), int(size.y), kFps, error))
        return stop(2, "cannot record the tour to " + to_utf8(out_.string()) + ": " + error), false;
    pixels_.resize(size_t(size.x) * size.y * 4);
    recording_ = true;
    started_ = std::chrono::steady_clock::now();
    return true;
}

bool TourRecorder::take_input(const sf::Event& event) {
    // The recording is a scripted run, deaf to the mouse and keyboard, but Esc cancels it.
    if (event.type != sf::Event::KeyPressed || event.key.code != sf::Keyboard::Escape) return false;
    escape_ = true;
    return true;
}

void TourRecorder::before_frame(App& app) {
    if (finished_) return;
    if (escape_) return stop(1, "recording cancelled: no video was written");
    if (!recording_) {
        // Every level of detail first: the tour flies through scales that the first view does not ask for.
        if (app.loading() || app.map_levels_loading() || ++ready_frames_ < kSettleFrames) {
            if (++loading_frames_ > kMaxLoadingFrames) stop(2, "the data did not finish loading");
            return;
        }
        start(app);
        return;
    }
    if (!app.presenting()) return stop(1, "recording cancelled: no video was written");
    if (frame_in_step_ < step_frames_[step_]) return;
    if (step_ + 1 >= step_frames_.size()) {
        std::string error;
        if (!encoder_.finish(error)) return stop(2, "cannot record the tour to " + to_utf8(out_.string()) + ": " + error);
        return stop(0, "");
    }
    // The next step as the presenter's clicker moves to it: its caption and its fly-to.
    sf::Event next{};
    next.type = sf::Event::KeyPressed;
    next.key.code = sf::Keyboard::PageDown;
    app.handle_event(next);
    ++step_, frame_in_step_ = 0;
}

void TourRecorder::after_draw(App& app) {
    if (!recording_) return;
    const sf::Vector2u size = app.window().getSize();
    // The frame as drawn, read back from the GL back buffer (rows bottom up).
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadPixels(0, 0, GLsizei(size.x), GLsizei(size.y), GL_RGBA, GL_UNSIGNED_BYTE, pixels_.data());
    const int row = int(size.x) * 4;
    std::string error;
    if (!encoder_.add_frame(pixels_.data() + size_t(size.y - 1) * row, -row, error))
        return stop(2, "cannot record the tour to " + to_utf8(out_.string()) + ": " + error);
    ++frame_in_step_, ++frames_done_;
    draw_progress(app);
}

// Over the frame just taken: a bar and "Recording … 42 % · Esc cancels".
void TourRecorder::draw_progress(App& app) {
    if (!font_) {
        font_.emplace();
        if (!font_->loadFromFile("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")) return;
    }
    sf::RenderWindow& w = app.window();
    const float W = float(w.getSize().x), H = float(w.getSize().y), bar_h = std::max(6.0f, H / 60);
    const float done = total_frames_ > 0 ? float(frames_done_) / float(total_frames_) : 0;
    w.pushGLStates();
    w.resetGLStates();
    sf::RectangleShape back({W, bar_h * 4});
    back.setPosition(0, H - bar_h * 4);
    back.setFillColor(sf::Color(0, 0, 0, 170));
    w.draw(back);
    sf::RectangleShape bar({W * done, bar_h});
    bar.setPosition(0, H - bar_h);
    bar.setFillColor(sf::Color(240, 170, 40));
    w.draw(bar);
    const std::string text = tr_format("record.progress", int(done * 100));
    sf::Text t(sf::String::fromUtf8(text.begin(), text.end()), *font_, unsigned(bar_h * 1.6f));
    t.setPosition(bar_h, H - bar_h * 3.6f);
    t.setFillColor(sf::Color::White);
    w.draw(t);
    w.popGLStates();
}

}  // namespace corridor
