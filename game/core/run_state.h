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
    std::set<std::string> scored_choices;     // each choice's points count once
    std::map<std::string, int> points;        // objective id to points
    bool finished = false;

    int total_points() const;
};

// The choices of the current node whose conditions hold, in file order.
std::vector<const Choice*> offered_choices(const Scenario& scenario, const RunState& state);

// Applies a choice's effects and points. Does not move on: call enter_node
// with the choice's target next.
void apply_choice(RunState& state, const Choice& choice);

// Enters a node, then keeps following branches through nodes that offer no
// choice, until a node offers choices or is an ending. `on_enter` sees every
// node entered, in order. Throws std::runtime_error if the branches loop.
void enter_node(const Scenario& scenario, RunState& state, std::size_t node,
                const std::function<void(std::size_t)>& on_enter = {});

}  // namespace secondlook
