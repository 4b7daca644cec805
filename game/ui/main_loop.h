// The main loop, one per platform, chosen by CMake: main_loop_desktop.cpp
// waits for SDL's events (no CPU while the player reads); main_loop_web.cpp
// lets the browser call a frame each animation frame (the page must return
// to the browser between frames: no blocking wait there).
#pragma once

#include <memory>

#include "ui/window_app.h"

namespace secondlook {

// Runs the opened `app` to its end (desktop) and returns its exit code, or
// hands it to the browser and returns 0 at once (web).
int run_main_loop(std::unique_ptr<WindowApp> app);

// The browser lets a page play sound only after the player's first tap or
// key; the desktop opens the sound at start.
bool sound_waits_for_first_input();

}  // namespace secondlook
