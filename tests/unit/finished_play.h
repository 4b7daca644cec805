// A whole play of tests/data/good/actions.yaml by its safe path, recorded
// when the state records, then back on the scenario list.
#pragma once

#include <doctest/doctest.h>

#include "ui/game_state.h"

inline void play_actions_to_the_end(secondlook::GameState& state) {
    using secondlook::UiAction;
    REQUIRE(state.start(0, 0.0));
    for (const char* id : {"go-on", "stop", "deactivate"}) {
        state.apply(UiAction::of(UiAction::Kind::SkipWait), 0.0);
        state.apply({UiAction::Kind::Choose, 0, id}, 1.0);
    }
    state.apply(UiAction::of(UiAction::Kind::BackToList), 2.0);
}
