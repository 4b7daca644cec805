// Walks every distinct play of a scenario: the most a play can score (the
// "max" beside a player's score) and which endings plays can reach.
#pragma once

#include <cstddef>
#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

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

// Walks plays depth first. A play that comes back to a node with the same
// variables is cut short: from there it can do nothing new. `on_play`, when
// given, sees every complete play in turn.
PlaySummary explore_plays(const Scenario& scenario, std::size_t play_limit = 200000,
                          const std::function<void(const Play&)>& on_play = {});

}  // namespace secondlook
