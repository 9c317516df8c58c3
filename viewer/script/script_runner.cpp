#include "viewer/script/script_runner.h"

#include "viewer/ui/ui_language.h"

#include <cmath>
#include <iostream>

#include <SFML/System/String.hpp>

#include "core/base/file_write.h"
#include "core/base/json_dump.h"
#include "core/project/projection.h"

namespace corridor {

namespace {

// The centre of the control the last frame drew with this id, as a user aims at a button.
const FrameRecord::Panel* find_control(const App& app, const std::string& id) {
    for (const FrameRecord::Panel& c : app.frame_record().controls)
        if (c.id == id && !c.rect.empty()) return &c;
    return nullptr;
}

sf::Vector2i to_screen(App& app, const ScriptPoint& p) {
    if (!p.control.empty()) {
        const FrameRecord::Panel* c = find_control(app, p.control);
        if (!c) return {-1, -1};  // the step failed before (check_control)
        return {int(std::lround((c->rect.min_x + c->rect.max_x) / 2)), int(std::lround((c->rect.min_y + c->rect.max_y) / 2))};
    }
    if (!p.is_lonlat) return {int(std::lround(p.x)), int(std::lround(p.y))};
    ScreenPoint s = app.camera().lonlat_to_screen({p.lon, p.lat});
    return {int(std::lround(s.x)), int(std::lround(s.y))};
}

sf::Event mouse_moved(sf::Vector2i at) {
    sf::Event e;
    e.type = sf::Event::MouseMoved;
    e.mouseMove = {at.x, at.y};
    return e;
}

sf::Event mouse_button(bool pressed, sf::Vector2i at) {
    sf::Event e;
    e.type = pressed ? sf::Event::MouseButtonPressed : sf::Event::MouseButtonReleased;
    e.mouseButton = {sf::Mouse::Left, at.x, at.y};
    return e;
}

sf::Event key_event(bool pressed, const ScriptKey& k) {
    sf::Event e;
    e.type = pressed ? sf::Event::KeyPressed : sf::Event::KeyReleased;
    e.key = {k.code, k.alt, k.ctrl, k.shift, false};
    return e;
}

bool has_modifiers(const ScriptKey& k) { return k.ctrl || k.shift || k.alt; }

}  // namespace

ScriptRunner::ScriptRunner(Script script) : script_(std::move(script)) {}

Script ScriptRunner::screenshot_script(const std::string& png) {
    Script s;
    s.file = "--screenshot";
    ScriptStep shot;
    shot.kind = StepKind::Screenshot;
    shot.where = "/steps/0";
    shot.text = png;
    s.steps.push_back(shot);
    return s;
}

void ScriptRunner::fail(const ScriptStep& step, const std::string& message) {
    std::cerr << "error: " << script_.file << ": " << step.where << ": " << message << "\n";
    exit_code_ = 2;
    finished_ = true;  // the loop ends after this frame; remaining actions never run
}

void ScriptRunner::expand(const ScriptStep& step) {
    auto now = [&](std::function<void(App&)> f) { actions_.push_back({false, [f](App& a) { return f(a), true; }}); };
    auto idle = [&] { now([](App&) {}); };
    auto send = [&](std::function<sf::Event(App&)> make) { now([make](App& a) { a.handle_event(make(a)); }); };
    switch (step.kind) {
    case StepKind::View:
        now([step](App& a) { a.camera().set_view(lonlat_to_mercator({step.lon, step.lat}), step.zoom); });
        break;
    case StepKind::Fit:
        now([this, step](App& a) {
            FeatureRef f = a.find_feature(step.text);
            if (!f.valid()) return fail(step, "no feature with P-code, id or name '" + step.text + "'");
            a.fly_to(a.data().layers[f.layer].features[f.feature].bounds);
        });
        actions_.push_back({false, [](App& a) { return !a.flying(); }});
        break;
    case StepKind::Select:
        // As a click on the map or on a layer list line does; reaches features without geometry.
        now([this, step](App& a) {
            FeatureRef f = a.find_feature(step.text);
            if (!f.valid()) return fail(step, "no feature with P-code, id or name '" + step.text + "'");
            a.select(f);
        });
        break;
    case StepKind::Move:
        send([p = step.at](App& a) { return mouse_moved(to_screen(a, p)); });
        break;
    case StepKind::Click:
        if (!step.at.control.empty())
            now([this, step](App& a) {
                if (!find_control(a, step.at.control)) fail(step, "no control '" + step.at.control + "' in the last frame");
            });
        // Over three frames, as a hand does: ImGui sees where the pointer is before the press.
        send([p = step.at](App& a) { return mouse_moved(to_screen(a, p)); });
        send([p = step.at](App& a) { return mouse_button(true, to_screen(a, p)); });
        send([p = step.at](App& a) { return mouse_button(false, to_screen(a, p)); });
        break;
    case StepKind::Drag: {
        // Both ends are resolved when the drag starts: the map moves under the pointer after.
        auto ends = std::make_shared<std::pair<sf::Vector2i, sf::Vector2i>>();
        now([ends, step](App& a) {
            *ends = {to_screen(a, step.at), to_screen(a, step.to)};
            a.handle_event(mouse_moved(ends->first));
        });
        send([ends](App&) { return mouse_button(true, ends->first); });
        for (int i = 1; i <= kDragFrames; ++i)
            send([ends, i](App&) {
                auto [from, to] = *ends;
                return mouse_moved({from.x + (to.x - from.x) * i / kDragFrames, from.y + (to.y - from.y) * i / kDragFrames});
            });
        send([ends](App&) { return mouse_button(false, ends->second); });
        break;
    }
    case StepKind::Wheel:
        send([p = step.at](App& a) { return mouse_moved(to_screen(a, p)); });
        send([p = step.at, delta = step.delta](App& a) {
            sf::Event e;
            e.type = sf::Event::MouseWheelScrolled;
            sf::Vector2i at = to_screen(a, p);
            e.mouseWheelScroll = {sf::Mouse::VerticalWheel, float(delta), at.x, at.y};
            return e;
        });
        break;
    case StepKind::Key:
        now([k = step.key](App& a) {
            a.handle_event(key_event(true, k));
            if (k.text) {
                sf::Event t;
                t.type = sf::Event::TextEntered;
                t.text.unicode = k.text;
                a.handle_event(t);
            }
        });
        send([k = step.key](App&) { return key_event(false, k); });
        if (has_modifiers(step.key)) {
            // Then the modifiers themselves go up, as a hand lets go of Ctrl: without this
            // ImGui would think Ctrl is still held and ignore the text typed next.
            send([](App&) { return key_event(false, ScriptKey{sf::Keyboard::LControl}); });
        }
        break;
    case StepKind::Text: {
        // One character per frame, as typed: TextEntered through the app's one input path.
        const sf::String text = sf::String::fromUtf8(step.text.begin(), step.text.end());
        for (sf::Uint32 c : text)
            send([c](App&) {
                sf::Event t;
                t.type = sf::Event::TextEntered;
                t.text.unicode = c;
                return t;
            });
        break;
    }
    case StepKind::Lang:  // as the menu's language switch does
        now([lang = step.text](App& a) { a.set_language(lang); });
        break;
    case StepKind::Wait:
        for (int i = 0; i < step.frames; ++i) idle();
        break;
    case StepKind::Settle: {
        // Frames until the camera stops flying (a tour step's fly-to), at most step.frames.
        auto left = std::make_shared<int>(step.frames);
        actions_.push_back({false, [left](App& a) { return !a.flying() || --*left <= 0; }});
        break;
    }
    case StepKind::Tour:
        now([this, step](App& a) {
            if (!a.start_tour(step.text)) fail(step, "no tour with id '" + step.text + "' was loaded");
        });
        break;
    case StepKind::Choose:  // what picking the id in the search box opens
        now([this, step](App& a) {
            if (!a.choose_search_entry(step.text))
                fail(step, "no initiative, corridor or place with id '" + step.text + "' in the search index");
        });
        break;
    case StepKind::TextLog:  // the text of the frame just drawn, as a screenshot is taken
        actions_.push_back({true, [this, step](App& a) {
                                if (!a.save_text_log(step.text)) fail(step, "cannot write the text log '" + step.text + "'");
                                return true;
                            }});
        break;
    case StepKind::Export:
        now([this, step](App& a) {
            std::string why;
            const ExportExtras extras{step.export_title, step.export_title_text, step.export_date_line, step.export_page};
            if (!a.export_view(step.text, step.scale, &why, extras)) fail(step, "cannot export the view to '" + step.text + "': " + why);
        });
        break;
    case StepKind::UiScale:
        now([v = step.value](App& a) { a.set_ui_scale(float(v)); });
        break;
    case StepKind::Hide:  // as unticking the layer in the legend does
        now([this, step](App& a) {
            if (!a.set_layer_shown(step.text, false)) fail(step, "no layer with id '" + step.text + "' was loaded");
        });
        break;
    case StepKind::Screenshot:
        actions_.push_back({true, [this, step](App& a) {
                                if (!a.save_screenshot(step.text)) fail(step, "cannot write the screenshot '" + step.text + "'");
                                return true;
                            }});
        break;
    case StepKind::State:
        actions_.push_back({true, [this, step](App& a) {
                                std::string error;
                                if (!write_file_atomically(step.text, dump_json(a.state(), 2) + "\n", error))
                                    fail(step, "cannot write the state file '" + step.text + "': " + error);
                                return true;
                            }});
        break;
    }
    // One quiet frame after every input step, so its effects (hover, panels) are drawn.
    if (step.kind != StepKind::Wait && step.kind != StepKind::Settle && step.kind != StepKind::Screenshot &&
        step.kind != StepKind::State && step.kind != StepKind::TextLog)
        idle();
}

void ScriptRunner::before_frame(App& app) {
    if (finished_) return;
    if (app.loading()) {
        if (++loading_frames_ > kMaxLoadingFrames) {
            std::cerr << "error: " << script_.file << ": the data did not finish loading\n";
            exit_code_ = 2;
            finished_ = true;
        }
        return;
    }
    while (actions_.empty() && next_step_ < script_.steps.size()) expand(script_.steps[next_step_++]);
    if (actions_.empty()) {
        finished_ = true;  // every step ran; this frame is still drawn
        return;
    }
    if (!actions_.front().after_draw && actions_.front().run(app)) actions_.pop_front();
}

void ScriptRunner::after_draw(App& app) {
    if (finished_ || actions_.empty() || app.loading()) return;
    if (actions_.front().after_draw && actions_.front().run(app)) actions_.pop_front();
    // A screenshot or state was the last step: the run ends with the frame it took.
    if (actions_.empty() && next_step_ == script_.steps.size()) finished_ = true;
}

}  // namespace corridor
