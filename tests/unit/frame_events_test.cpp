#include <doctest/doctest.h>

#include <deque>

#include "ui/frame_events.h"

using namespace secondlook;

namespace {

SDL_Event key(Uint32 type, SDL_Scancode code) {
    SDL_Event event{};
    event.type = type;
    event.key.keysym.scancode = code;
    return event;
}

// The frames a queue of events is cut into, as the window's loop reads them.
std::vector<std::vector<Uint32>> frames_of(std::deque<SDL_Event> queue) {
    auto poll = [&](SDL_Event& event) {
        if (queue.empty()) return false;
        event = queue.front();
        queue.pop_front();
        return true;
    };
    FrameEvents events(poll);
    std::vector<std::vector<Uint32>> frames;
    SDL_Event event{};
    while (events.take_held_back(event) || poll(event)) {
        std::vector<Uint32> frame;
        do frame.push_back(event.type);
        while (events.next(event));
        events.end_frame();
        frames.push_back(frame);
    }
    return frames;
}

}  // namespace

TEST_CASE("a key pressed and let go between two frames reaches ImGui as a press, then a release") {
    const auto frames = frames_of({key(SDL_KEYDOWN, SDL_SCANCODE_RETURN), key(SDL_KEYUP, SDL_SCANCODE_RETURN)});
    REQUIRE(frames.size() == 2);
    CHECK(frames[0] == std::vector<Uint32>{SDL_KEYDOWN});
    CHECK(frames[1] == std::vector<Uint32>{SDL_KEYUP});
}

TEST_CASE("several quick taps each get a frame; other keys' releases stay in the same frame") {
    const auto frames = frames_of({key(SDL_KEYDOWN, SDL_SCANCODE_TAB), key(SDL_KEYUP, SDL_SCANCODE_TAB),
                                   key(SDL_KEYDOWN, SDL_SCANCODE_RETURN), key(SDL_KEYUP, SDL_SCANCODE_LSHIFT),
                                   key(SDL_KEYUP, SDL_SCANCODE_RETURN)});
    REQUIRE(frames.size() == 3);
    CHECK(frames[0] == std::vector<Uint32>{SDL_KEYDOWN});
    // Shift went down in an earlier frame: its release does not wait.
    CHECK(frames[1] == std::vector<Uint32>{SDL_KEYUP, SDL_KEYDOWN, SDL_KEYUP});
    CHECK(frames[2] == std::vector<Uint32>{SDL_KEYUP});
}
