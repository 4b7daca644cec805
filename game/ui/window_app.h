// The simulator's window: SDL2 + SDL_Renderer (works without a GPU, e.g.
// under Xvfb, and as WebGL in the browser) with Dear ImGui drawing the screens.
#pragma once

#include <SDL.h>

#include <memory>
#include <string>

#include "app/window_options.h"

namespace secondlook {

// How long the main loop may wait for the first event of the next frame.
struct EventWait {
    enum class Kind { Poll, Timeout, Forever } kind = Kind::Poll;
    int milliseconds = 0;  // for Timeout
};

enum class FrameEnd { Continue, Quit };

// The window in its parts, so the desktop's loop (waiting for events) and
// the browser's (a callback each animation frame) both drive it: open(),
// then frame() until it says Quit, then close(). See main_loop.h.
class WindowApp {
public:
    explicit WindowApp(const WindowOptions& options);
    ~WindowApp();
    WindowApp(const WindowApp&) = delete;
    WindowApp& operator=(const WindowApp&) = delete;

    // Reads the options and the library, opens the records, the window and
    // the sound. 0 when ready; otherwise the exit code (the reason is on stderr).
    int open();
    // What the loop may wait for before the next frame: nothing while the
    // layout settles or a release is held back, until the next animation step
    // while something moves, for ever when idle (no CPU until the player acts).
    EventWait next_wait() const;
    // The release of a key held back from the last frame, which begins this
    // one (see frame_events.h).
    bool take_held_back(SDL_Event& event);
    // One frame: the events (`first`, if any, then what is queued), the play
    // moving on, drawing, screenshots and the player's action.
    FrameEnd frame(const SDL_Event* first);
    // The exit code once frame() said Quit.
    int exit_code() const;
    // After the last frame: results held back by another program's read get
    // one more try.
    void close();

    // The browser page: the canvas follows the browser's window (see SdlWindow::fit).
    void fit_window(int width, int height, float pixel_ratio);

    // Test hook (the browser test): the next frame notes its texts and
    // controls; layout_taken() then hands over that frame's report (a JSON
    // line, as --layout-report writes), once.
    void request_layout();
    bool layout_taken(std::string* json);

private:
    struct Parts;
    std::unique_ptr<Parts> parts_;
};

// Opens the window and runs until the player closes it. Returns the exit
// code (in the browser: 0 once the page runs; it runs on after main returns).
int run_window(const WindowOptions& options);

}  // namespace secondlook
