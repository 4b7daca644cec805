// The rules of "See what could have happened": the continuation an early
// safe ending offers, told in the third person about a named character.
#pragma once

#include "diagnostics.h"
#include "scenario.h"

namespace secondlook {

// Story rules (the validator runs them, so no play can break them): a
// continuation starts at a node marked `continuation: true`; it is entered
// only through its ending's `continue` (no choice or branch crosses into or
// out of the marked nodes); only an `early: true` ending, which must be
// safe, offers one; no ending inside a continuation offers another; and
// every choice in it names the character it follows and says neither "I"
// nor "you", so the player decides for someone else, never for themselves.
void check_continuations(const Scenario& scenario, Diagnostics& diagnostics);

// Content rule (lint): in a scenario with a blackmail turn (a node with
// `stage: turn`), a safe ending some play reaches before any turn node is an
// early ending, must say `early: true`, and must offer a continuation, so a
// class that stops the approach still practises the response; `early: true`
// anywhere else is an error.
void check_early_endings(const Scenario& scenario, Diagnostics& diagnostics);

// The first word of the character's display name, as the continuation's
// choices must use it ("Alex" of "Alex Turner").
std::string first_name(const CastMember& member);

}  // namespace secondlook
