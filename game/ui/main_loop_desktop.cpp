// The desktop's main loop: waits for SDL's events as WindowApp::next_wait()
// allows, so an idle window uses no CPU.
#include "ui/main_loop.h"

namespace secondlook {
namespace {

bool first_event(const EventWait& wait, SDL_Event& event) {
    switch (wait.kind) {
        case EventWait::Kind::Poll: return SDL_PollEvent(&event);
        case EventWait::Kind::Timeout: return SDL_WaitEventTimeout(&event, wait.milliseconds);
        case EventWait::Kind::Forever: return SDL_WaitEvent(&event);
    }
    return false;
}

}  // namespace

int run_main_loop(std::unique_ptr<WindowApp> app) {
    for (;;) {
        SDL_Event event;
        const bool have_event = app->take_held_back(event) || first_event(app->next_wait(), event);
        if (app->frame(have_event ? &event : nullptr) == FrameEnd::Quit) break;
    }
    app->close();
    return app->exit_code();
}

bool sound_waits_for_first_input() { return false; }

}  // namespace secondlook
