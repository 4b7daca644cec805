// Scrolling by finger on a touch screen (a phone, a tablet): ImGui 1.86
// scrolls only by the mouse wheel and the scroll bar, and sees a finger as
// the mouse (SDL turns touches into mouse events). A finger that moves more
// than a little after touching down scrolls the area under it with the
// finger instead, and lets go of the control it touched first, so lifting
// it presses nothing. A finger that stays put is a tap (or a hold: the
// breathing button, a reply held steady), as before.
#pragma once

#include <SDL.h>

struct ImGuiWindow;

namespace secondlook {

class TouchScroll {
public:
    // Each event of the frame, before ImGui sees it.
    void handle(const SDL_Event& event);

private:
    ImGuiWindow* area_ = nullptr;  // what the finger scrolls (null: nothing under it scrolls)
    float moved_ = 0;              // pixels since touching down, up or down
    bool scrolling_ = false;
};

}  // namespace secondlook
