#include "ui/frame_events.h"

#include <algorithm>

namespace secondlook {

bool FrameEvents::take_held_back(SDL_Event& event) {
    if (!held_back_) return false;
    event = *held_back_;
    held_back_.reset();
    return true;
}

bool FrameEvents::next(SDL_Event& event) {
    if (event.type == SDL_KEYDOWN) pressed_.push_back(event.key.keysym.scancode);
    if (!poll_(event)) return false;
    const bool released_this_frame =
        event.type == SDL_KEYUP &&
        std::find(pressed_.begin(), pressed_.end(), event.key.keysym.scancode) != pressed_.end();
    if (!released_this_frame) return true;
    held_back_ = event;
    return false;
}

}  // namespace secondlook
