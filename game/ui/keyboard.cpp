#include "ui/keyboard.h"

#include <imgui.h>

#include "ui/widgets.h"

namespace secondlook {
namespace {

// A reply that is not the panic one needs a steady hold at high stress:
// fear makes the rash choice the easy one.
bool needs_steady_hold(const Run& run, const Choice& choice) { return run.high_stress() && !choice.panic; }

// Projector mode: a number adds one vote to that reply, D pauses for
// discussion, Enter goes with the class. True when the key was used.
bool handle_projector_key(SDL_Keycode code, bool repeat, GameState& state, double now) {
    if (ImGui::GetIO().WantTextInput) return true;  // the facilitator is typing a count
    if (repeat) return false;
    const bool settled = state.pacer().settled();
    if (code >= SDLK_1 && code <= SDLK_9) {
        auto offered = state.run()->offered();
        const auto number = static_cast<std::size_t>(code - SDLK_1);
        if (settled && number < offered.size()) state.apply({UiAction::Kind::Choose, 0, offered[number]->id}, now);
        return true;
    }
    if (code == SDLK_d) {
        state.apply(UiAction::of(UiAction::Kind::ToggleDiscuss), now);
        return true;
    }
    if (code == SDLK_RETURN && settled) {
        state.apply(UiAction::of(UiAction::Kind::GoWithClass), now);
        return true;
    }
    return false;
}

void handle_play_key(SDL_Keycode code, bool repeat, GameState& state, KeyState& keys, double now) {
    const Run& run = *state.run();
    auto act = [&](const std::string& id) { state.apply({UiAction::Kind::Choose, 0, id}, now); };
    if (state.projector() && handle_projector_key(code, repeat, state, now)) {
        // Enter went with the class; the focused button is pressed with Space.
        keys.enter_used = code == SDLK_RETURN;
        return;
    }
    if (code >= SDLK_1 && code <= SDLK_9 && state.pacer().settled()) {
        auto offered = run.offered();
        std::size_t number = static_cast<std::size_t>(code - SDLK_1);
        if (number >= offered.size()) return;
        if (!needs_steady_hold(run, *offered[number])) {
            if (!repeat) act(offered[number]->id);
        } else if (!repeat) {
            keys.held_number = code;
            keys.held_since = now;
        } else if (keys.held_number == code && now - keys.held_since >= kSteadyHoldSeconds) {
            keys.held_number = 0;
            act(offered[number]->id);
        }
        return;
    }
    if (repeat) return;
    if ((code == SDLK_SPACE || code == SDLK_RETURN) && !state.pacer().settled()) {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), now);
    } else if (code == SDLK_s) {
        act("screenshot");
    } else if (code == SDLK_e) {
        state.apply(UiAction::of(state.overlay() == Overlay::Locker ? UiAction::Kind::CloseOverlay
                                                                    : UiAction::Kind::OpenLocker), now);
    } else if (code == SDLK_c) {
        state.apply(UiAction::of(UiAction::Kind::BeginBreath), now);
    } else if (code == SDLK_p) {
        state.apply(UiAction::of(UiAction::Kind::TogglePause), now);
    } else if (code == SDLK_ESCAPE) {
        if (state.overlay() != Overlay::None) state.apply(UiAction::of(UiAction::Kind::CloseOverlay), now);
        else if (run.open_profile()) act("close-profile");
    }
}

}  // namespace

void handle_key_up(const SDL_KeyboardEvent& key, GameState& state, KeyState& keys, double now) {
    const SDL_Keycode code = key.keysym.sym;
    if ((code == SDLK_LSHIFT || code == SDLK_RSHIFT) && keys.shift_alone) {
        // A tap is Shift pressed and let go on its own, so Shift+Tab and
        // capital letters never count. Typing a nickname must not close the
        // game either; while a text field has the keyboard, the Quick exit
        // button still works.
        keys.shift_alone = false;
        // Timed by when each key-up arrived, not when a frame got to it: on a
        // slow or busy machine three quick taps handled in one late frame
        // are still three quick taps.
        const double tapped = key.timestamp / 1000.0;
        if (!ImGui::GetIO().WantTextInput && keys.shift_taps.press(tapped))
            state.apply(UiAction::of(UiAction::Kind::QuickExit), now);
    }
    if (code == SDLK_c) state.apply(UiAction::of(UiAction::Kind::EndBreath), now);
    if (key.keysym.sym == keys.held_number) keys.held_number = 0;
}

void handle_key_down(const SDL_KeyboardEvent& key, GameState& state, KeyState& keys, double now) {
    const SDL_Keycode code = key.keysym.sym;
    if (code == SDLK_LSHIFT || code == SDLK_RSHIFT) {
        if (!key.repeat) keys.shift_alone = true;
        return;
    }
    keys.shift_alone = false;
    if (code == SDLK_F1 && !key.repeat) {
        state.apply(UiAction::of(state.help_open() ? UiAction::Kind::CloseHelp : UiAction::Kind::OpenHelp), now);
    } else if (code == SDLK_ESCAPE && state.help_open()) {
        state.apply(UiAction::of(UiAction::Kind::CloseHelp), now);
    } else if (code == SDLK_F12 && !key.repeat) {
        keys.screenshot_requested = true;
    } else if (code == SDLK_F2 && !key.repeat) {
        state.apply(UiAction::of(state.overlay() == Overlay::Settings ? UiAction::Kind::CloseOverlay
                                                                      : UiAction::Kind::OpenSettings), now);
    } else if (code == SDLK_F3 && !key.repeat) {
        state.apply(UiAction::of(UiAction::Kind::ToggleReadAloud), now);
    } else if (code == SDLK_ESCAPE && state.overlay() == Overlay::Settings) {
        state.apply(UiAction::of(UiAction::Kind::CloseOverlay), now);
    } else if (state.screen() == ScreenId::Check && !state.help_open() && !key.repeat) {
        if (code >= SDLK_1 && code <= SDLK_4)
            state.apply({UiAction::Kind::PickCheckOption, static_cast<std::size_t>(code - SDLK_1), {}}, now);
        else if (code == SDLK_RETURN || code == SDLK_KP_ENTER)
            state.apply(UiAction::of(UiAction::Kind::ConfirmCheck), now);
    } else if (state.screen() == ScreenId::Play && !state.help_open() && state.run() && !state.run()->finished()) {
        handle_play_key(code, key.repeat, state, keys, now);
    } else if (state.screen() == ScreenId::Play && !state.help_open() && state.run() && !key.repeat &&
               (code == SDLK_RETURN || code == SDLK_SPACE)) {
        // At an ending: skip the last messages, then on to the debrief.
        state.apply(UiAction::of(state.pacer().settled() ? UiAction::Kind::ShowDebrief : UiAction::Kind::SkipWait), now);
    }
}

// ImGui 1.86 presses the focused button with Space only, and its Tab moves
// only between text fields; players expect Enter and Tab to work on every
// control. Outside text fields, Enter reaches ImGui as Space, and Tab (or
// Shift+Tab) as the arrow that moves the focus to the next (or previous) one.
SDL_Event& for_imgui(SDL_Event& event) {
    const bool key = event.type == SDL_KEYDOWN || event.type == SDL_KEYUP;
    if (!key || ImGui::GetIO().WantTextInput) return event;
    SDL_Keysym& pressed = event.key.keysym;
    if (pressed.sym == SDLK_RETURN || pressed.sym == SDLK_KP_ENTER) {
        pressed.sym = SDLK_SPACE;
        pressed.scancode = SDL_SCANCODE_SPACE;
    } else if (pressed.sym == SDLK_TAB) {
        const bool back = (pressed.mod & KMOD_SHIFT) != 0;
        pressed.sym = back ? SDLK_UP : SDLK_DOWN;
        pressed.scancode = back ? SDL_SCANCODE_UP : SDL_SCANCODE_DOWN;
        pressed.mod = static_cast<Uint16>(pressed.mod & ~KMOD_SHIFT);
    }
    return event;
}

}  // namespace secondlook
