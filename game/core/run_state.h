// The bare state of one play and the rules that move it on. Both Run (what
// the UI, the CLI and tests drive) and the score explorer use these, so the
// rules of play live in exactly one place.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "condition.h"
#include "scenario.h"

namespace secondlook {

struct RunState {
    std::size_t node = 0;
    Variables variables;
    std::set<std::string> scored;             // choice and action ids: each scores once
    std::map<std::string, int> points;        // objective id to points
    int stress = 0;                           // 0..100, the stress meter
    bool finished = false;

    int total_points() const;
};

// The choices of the current node whose conditions hold, in file order.
std::vector<const Choice*> offered_choices(const Scenario& scenario, const RunState& state);

// Stress at or above this makes panic choices the easy ones to hit.
constexpr int kHighStress = 60;

// Adds `awards` once per `key` (a choice or action id). Returns what was
// added: nothing when the key had already scored.
std::vector<ScoreAward> award_once(RunState& state, const std::string& key, const std::vector<ScoreAward>& awards);

// Moves the stress meter, kept within 0..100.
void add_stress(RunState& state, int amount);

// Applies a choice's effects and points. Does not move on: call enter_node
// with the choice's target next.
void apply_choice(RunState& state, const Choice& choice);

// Enters a node, then keeps following branches through nodes that offer no
// choice, until a node offers choices or is an ending. `on_enter` sees every
// node entered, in order. Throws std::runtime_error if the branches loop.
void enter_node(const Scenario& scenario, RunState& state, std::size_t node,
                const std::function<void(std::size_t)>& on_enter = {});

// After an ending that offers a continuation ("See what could have
// happened"), goes on into it: the play is no longer finished, the stress
// meter starts again at zero (the story is someone else's, watched at a
// distance), and it enters the continuation's first node as enter_node does. False, changing nothing,
// when the play is not at such an ending.
bool enter_continuation(const Scenario& scenario, RunState& state,
                        const std::function<void(std::size_t)>& on_enter = {});

}  // namespace secondlook
