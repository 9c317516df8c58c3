#pragma once
// Plays a Script through the real app loop: each step becomes SFML events given to
// App::handle_event, the same path as a user's input, one action per drawn frame. Screenshots
// and state files are taken after a frame is drawn. Steps start once the data is loaded.
#include <deque>
#include <functional>

#include "viewer/shell/app.h"
#include "viewer/script/script.h"

namespace corridor {

class ScriptRunner : public FrameHooks {
public:
    explicit ScriptRunner(Script script);

    // The script for `--screenshot FILE`: the default view, drawn once, saved.
    static Script screenshot_script(const std::string& png);

    void before_frame(App& app) override;
    void after_draw(App& app) override;
    bool finished() const override { return finished_; }
    // 0 when every step ran; 2 when a step failed (the error is on stderr).
    int exit_code() const { return exit_code_; }

    static constexpr int kDragFrames = 8;        // mouse moves between a drag's ends
    static constexpr int kMaxLoadingFrames = 36000;  // give up waiting for data after this many

private:
    struct Action {
        bool after_draw = false;
        std::function<bool(App&)> run;  // true when done; false to run again next frame
    };
    void expand(const ScriptStep& step);
    void fail(const ScriptStep& step, const std::string& message);

    Script script_;
    size_t next_step_ = 0;
    std::deque<Action> actions_;
    int loading_frames_ = 0;
    bool finished_ = false;
    int exit_code_ = 0;
};

}  // namespace corridor
