// The browser page's main loop: the browser calls a frame each animation
// frame (requestAnimationFrame), and the page returns to it in between; a
// blocking wait for events would freeze the tab (or need ASYNCIFY, a bigger
// and slower build).
#include "ui/main_loop.h"

#include <emscripten.h>
#include <emscripten/html5.h>

#include <cmath>
#include <string>

namespace secondlook {
namespace {

WindowApp* page_app = nullptr;  // the page's one window: lives as long as the page
unsigned frames_drawn = 0;      // for the browser test: an idle page draws none
double last_frame_end = 0;      // milliseconds (emscripten_get_now)
double fitted_ratio = 0;

// The canvas fills the browser's window (web/index.html's CSS) in pixels of
// the screen itself, devicePixelRatio of them to a CSS pixel, so text is
// sharp on a phone. Looked at each animation frame, so turning a phone,
// resizing the window or zooming is followed at once (SDL's own handling of
// the browser's resize sets the canvas to its CSS size: this puts it right
// before the next frame is drawn).
void fit_canvas() {
    double css_width = 0, css_height = 0;
    emscripten_get_element_css_size("#canvas", &css_width, &css_height);
    const double ratio = emscripten_get_device_pixel_ratio();
    const int width = static_cast<int>(std::lround(css_width * ratio));
    const int height = static_cast<int>(std::lround(css_height * ratio));
    if (width <= 0 || height <= 0) return;  // not laid out (a hidden tab)
    int canvas_width = 0, canvas_height = 0;
    emscripten_get_canvas_element_size("#canvas", &canvas_width, &canvas_height);
    if (width == canvas_width && height == canvas_height && ratio == fitted_ratio) return;
    fitted_ratio = ratio;
    page_app->fit_window(width, height, static_cast<float>(ratio));  // the new size comes as an event: a frame is drawn
}

// Whether the window wants a frame without an event: the desktop's wait
// (WindowApp::next_wait), as the browser calls each animation frame anyway.
bool frame_due(const EventWait& wait) {
    switch (wait.kind) {
        case EventWait::Kind::Poll: return true;
        case EventWait::Kind::Timeout: return emscripten_get_now() - last_frame_end >= wait.milliseconds;
        case EventWait::Kind::Forever: return false;
    }
    return true;
}

void page_frame(void*) {
    fit_canvas();
    SDL_Event event;
    const bool have_event = page_app->take_held_back(event) || SDL_PollEvent(&event);
    // Nothing happened and nothing moves: no frame drawn, no CPU used.
    if (!have_event && !frame_due(page_app->next_wait())) return;
    ++frames_drawn;
    const FrameEnd end = page_app->frame(have_event ? &event : nullptr);
    last_frame_end = emscripten_get_now();
    if (end == FrameEnd::Continue) return;
    emscripten_cancel_main_loop();
    page_app->close();
    // A page has no window to close: the only way it ends is quick exit.
    // The page is replaced by a neutral site (web/index.html's quickExitUrl),
    // and replaced, not left in the history, so Back does not return to it;
    // the game is off the screen and silent before that site loads.
    EM_ASM({
        Module.canvas.style.visibility = 'hidden';
        if (typeof speechSynthesis !== 'undefined') speechSynthesis.cancel();
        location.replace(Module.quickExitUrl);
    });
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

// How many frames the page has drawn (the browser test: none while idle).
EMSCRIPTEN_KEEPALIVE unsigned secondlook_frames_drawn() { return secondlook::frames_drawn; }

// The report of the frame drawn since the request, or null while it is not yet drawn.
EMSCRIPTEN_KEEPALIVE const char* secondlook_layout() {
    static std::string report;
    if (!secondlook::page_app || !secondlook::page_app->layout_taken(&report)) return nullptr;
    return report.c_str();
}

}
