// One frame of the window's screens: the top bar with its status pills, the
// current screen, and help, the locker or settings over it.
#pragma once

#include <string>
#include <vector>

#include "ui/fonts.h"
#include "ui/game_state.h"
#include "ui/image_cache.h"
#include "ui/ui_action.h"

namespace secondlook {

// Rows of status pills kept under the top bar. The screen moves down to make
// room rather than being covered (the messenger's header, the tools), and the
// room stays while the screen does: pills come and go with every sound, and
// the screen must not jump each time.
struct StatusRows {
    ScreenId screen = ScreenId::ContentNote;
    float bar_height = 0;
    int rows = 0;
};

// Draws the frame inside ImGui::NewFrame()/Render(); returns what the player did.
UiAction draw_frame(GameState& state, const Fonts& fonts, float scale, double now,
                    const std::vector<std::string>& captions, ImageCache& images, StatusRows& kept);

}  // namespace secondlook
