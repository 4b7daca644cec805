// The simulator's window: SDL2 + SDL_Renderer (works without a GPU, e.g.
// under Xvfb) with Dear ImGui drawing the screens.
#pragma once

#include "app/window_options.h"

namespace secondlook {

// Opens the window and runs until the player closes it. Returns the exit code.
int run_window(const WindowOptions& options);

}  // namespace secondlook
