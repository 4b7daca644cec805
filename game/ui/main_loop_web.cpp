// The browser page's main loop: the browser calls a frame each animation
// frame (requestAnimationFrame), and the page returns to it in between; a
// blocking wait for events would freeze the tab (or need ASYNCIFY, a bigger
// and slower build).
#include "ui/main_loop.h"

#include <emscripten.h>

#include <string>

namespace secondlook {
namespace {

WindowApp* page_app = nullptr;  // the page's one window: lives as long as the page

void page_frame(void*) {
    SDL_Event event;
    const bool have_event = page_app->take_held_back(event) || SDL_PollEvent(&event);
    if (page_app->frame(have_event ? &event : nullptr) == FrameEnd::Continue) return;
    emscripten_cancel_main_loop();
    page_app->close();
    // A page has no window to close: the only way it ends is quick exit.
    // The page is replaced by a neutral site, and replaced (not left in the
    // history), so Back does not return to it.
    EM_ASM(location.replace("https://www.bbc.co.uk/weather"););
}

}  // namespace

int run_main_loop(std::unique_ptr<WindowApp> app) {
    page_app = app.release();
    emscripten_set_main_loop_arg(page_frame, nullptr, 0, 0);
    return 0;
}

bool sound_waits_for_first_input() { return true; }

}  // namespace secondlook

// The browser test's hook (web/index.html makes it window.secondlook.layout()):
// the texts and controls of a frame, as --layout-report writes them, so the
// test reads the canvas's words without guessing at pixels.
extern "C" {

EMSCRIPTEN_KEEPALIVE void secondlook_request_layout() {
    if (secondlook::page_app) secondlook::page_app->request_layout();
}

// The report of the frame drawn since the request, or null while it is not yet drawn.
EMSCRIPTEN_KEEPALIVE const char* secondlook_layout() {
    static std::string report;
    if (!secondlook::page_app || !secondlook::page_app->layout_taken(&report)) return nullptr;
    return report.c_str();
}

}
