// The input events one frame hands to the game and to ImGui.
//
// ImGui 1.86 looks at each key once a frame, so a key pressed and let go
// between two frames (a quick tap on a slow school laptop, or a test's
// xdotool under load) would never be seen as pressed: Enter on a focused
// button, Tab, Space would be lost. A frame's events therefore stop before
// the release of a key that was pressed in the same frame; that release
// starts the next frame.
#pragma once

#include <SDL.h>

#include <functional>
#include <optional>
#include <vector>

namespace secondlook {

class FrameEvents {
public:
    using Poll = std::function<bool(SDL_Event&)>;
    // `poll` takes the next queued event (SDL_PollEvent; tests give their own).
    explicit FrameEvents(Poll poll = [](SDL_Event& event) { return SDL_PollEvent(&event) == 1; })
        : poll_(std::move(poll)) {}

    // The release held back from the last frame, which begins this one; the
    // loop must not wait for input while there is one.
    bool take_held_back(SDL_Event& event);
    // The next event of this frame: false when the queue is empty or the next
    // event is held back for the next frame. `event` is the one just handled.
    bool next(SDL_Event& event);
    // Called once the frame's events are handled.
    void end_frame() { pressed_.clear(); }

private:
    Poll poll_;
    std::optional<SDL_Event> held_back_;
    std::vector<SDL_Scancode> pressed_;  // keys pressed in this frame
};

}  // namespace secondlook
