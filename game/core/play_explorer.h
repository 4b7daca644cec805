// Walks every distinct play of a scenario, one by one, for `secondlook paths`
// to list. A long story has too many plays to walk: the exact maximum score
// comes from max_scores.h, which walks situations instead.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "run_state.h"
#include "scenario.h"

namespace secondlook {

struct PlaySummary {
    int total = 0;                               // best total of any one play
    std::map<std::string, int> by_objective;     // best per objective over all plays
    std::set<std::string> endings;               // ids of the endings some play reaches
    std::size_t plays = 0;                       // complete plays walked
    bool complete = true;                        // false if the walk hit `play_limit`
};

// One complete play: the choices taken, the ending reached, and the points
// it scores when the player also takes every scoring action on the way.
struct Play {
    std::vector<std::string> choices;
    std::string ending;
    int points = 0;
};

// Every point an action could earn at each node of a scenario: flagging its
// warning signs, capturing its evidence, calming down under stress. Worked
// out once per scenario, because the walks below credit the same nodes
// thousands of times.
class PossibleActions {
public:
    explicit PossibleActions(const Scenario& scenario);

    // Credits a play at node `index` with all of them. The keys are the ones
    // Run uses, so each counts once, as in a real play.
    void credit(RunState& state, std::size_t index) const;

private:
    struct Credit {
        std::string key;
        const std::vector<ScoreAward>* awards;
    };
    const Scenario& scenario_;
    std::vector<std::vector<Credit>> at_node_;  // all but calming down, which depends on stress
};

// Walks plays depth first. A play that comes back to a node with the same
// variables, points scored and stress is cut short: from there it can do
// nothing new. `on_play`, when
// given, sees every complete play in turn.
PlaySummary explore_plays(const Scenario& scenario, std::size_t play_limit = 200000,
                          const std::function<void(const Play&)>& on_play = {});

}  // namespace secondlook
