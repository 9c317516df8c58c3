#include "viewer/map/map_input.h"

#include <cmath>

namespace corridor {

namespace {
double distance(ScreenPoint a, ScreenPoint b) { return std::hypot(a.x - b.x, a.y - b.y); }
ScreenPoint center_of(const Camera& c) { return {c.viewport_width() / 2, c.viewport_height() / 2}; }
}  // namespace

MapInputResult MapInput::handle(const sf::Event& e, Camera& camera, double now, bool mouse_free, bool keyboard_free) {
    MapInputResult r;
    switch (e.type) {
    case sf::Event::MouseMoved: {
        mouse_ = {double(e.mouseMove.x), double(e.mouseMove.y)};
        mouse_inside_ = true;
        if (pressed_ && !dragging_ && distance(mouse_, press_at_) > kDragThresholdPixels) {
            dragging_ = true;
            last_drag_ = press_at_;
        }
        if (dragging_) {
            camera.pan_pixels(mouse_.x - last_drag_.x, mouse_.y - last_drag_.y);
            last_drag_ = mouse_;
            r.camera_moved = true;
        }
        break;
    }
    case sf::Event::MouseLeft:
        mouse_inside_ = false;
        break;
    case sf::Event::MouseButtonPressed:
        mouse_ = {double(e.mouseButton.x), double(e.mouseButton.y)};
        mouse_inside_ = true;
        if (e.mouseButton.button == sf::Mouse::Left && mouse_free) {
            pressed_ = true;
            dragging_ = false;
            press_at_ = mouse_;
        }
        break;
    case sf::Event::MouseButtonReleased: {
        if (e.mouseButton.button != sf::Mouse::Left || !pressed_) break;
        mouse_ = {double(e.mouseButton.x), double(e.mouseButton.y)};
        bool was_drag = dragging_;
        pressed_ = dragging_ = false;
        if (was_drag) break;
        r.clicked = true;
        r.at = mouse_;
        if (now - last_click_time_ < kDoubleClickSeconds && distance(mouse_, last_click_at_) <= kDragThresholdPixels) {
            camera.zoom_about(mouse_, 2.0);
            r.camera_moved = true;
            last_click_time_ = -1e9;  // a third click starts a new pair
        } else {
            last_click_time_ = now;
            last_click_at_ = mouse_;
        }
        break;
    }
    case sf::Event::MouseWheelScrolled:
        if (!mouse_free || e.mouseWheelScroll.wheel != sf::Mouse::VerticalWheel) break;
        mouse_ = {double(e.mouseWheelScroll.x), double(e.mouseWheelScroll.y)};
        camera.zoom_about(mouse_, std::pow(kWheelZoomStep, e.mouseWheelScroll.delta));
        r.camera_moved = true;
        break;
    case sf::Event::KeyPressed: {
        if (!keyboard_free) break;
        using K = sf::Keyboard;
        r.camera_moved = true;
        switch (e.key.code) {
        case K::Left: camera.pan_pixels(kKeyPanPixels, 0); break;
        case K::Right: camera.pan_pixels(-kKeyPanPixels, 0); break;
        case K::Up: camera.pan_pixels(0, kKeyPanPixels); break;
        case K::Down: camera.pan_pixels(0, -kKeyPanPixels); break;
        case K::Add:
        case K::Equal:  // '+' is Shift+= on most layouts
            camera.zoom_about(center_of(camera), kKeyZoomStep);
            break;
        case K::Subtract:
        case K::Hyphen:
            camera.zoom_about(center_of(camera), 1 / kKeyZoomStep);
            break;
        case K::Home: r.home = true, r.camera_moved = false; break;
        case K::Escape: r.escape = true, r.camera_moved = false; break;
        default: r.camera_moved = false; break;
        }
        break;
    }
    default:
        break;
    }
    return r;
}

}  // namespace corridor
