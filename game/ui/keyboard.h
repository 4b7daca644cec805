// The keyboard, before ImGui sees it: the game's own keys (F1 help, F2
// settings, F3 read aloud, F12 screenshot, number keys for replies, Shift
// three times for quick exit, ...) and the translation of Enter and Tab so
// they work on every control.
#pragma once

#include <SDL.h>

#include "app/triple_tap.h"
#include "ui/game_state.h"

namespace secondlook {

// What the key handlers remember from one key event to the next.
struct KeyState {
    TripleTap shift_taps;
    bool screenshot_requested = false;
    SDL_Keycode held_number = 0;  // a number key held for a steady choice
    double held_since = 0;
    bool enter_used = false;  // this Enter did the game's own thing: ImGui must not press a button too
    bool shift_alone = false;  // Shift is down and no other key has been pressed with it
};

// A key pressed: the game's own shortcuts for the screen on show.
void handle_key_down(const SDL_KeyboardEvent& key, GameState& state, KeyState& keys, double now);
// A key let go: ends a Shift tap, a calming breath or a held number.
void handle_key_up(const SDL_KeyboardEvent& key, GameState& state, KeyState& keys, double now);

// ImGui 1.86 presses the focused button with Space only, and its Tab moves
// only between text fields; players expect Enter and Tab to work on every
// control. Outside text fields, Enter reaches ImGui as Space, and Tab (or
// Shift+Tab) as the arrow that moves the focus to the next (or previous) one.
SDL_Event& for_imgui(SDL_Event& event);

}  // namespace secondlook
