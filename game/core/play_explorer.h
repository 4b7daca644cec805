// Walks every distinct play of a scenario: the most a play can score (the
// "max" beside a player's score) and which endings plays can reach.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "scenario.h"

namespace secondlook {

struct PlaySummary {
    int total = 0;                               // best total of any one play
    std::map<std::string, int> by_objective;     // best per objective over all plays
    std::set<std::string> endings;               // ids of the endings some play reaches
    std::size_t plays = 0;                       // complete plays walked
    bool complete = true;                        // false if the walk hit `play_limit`
};

// Walks plays depth first. A play that comes back to a node with the same
// variables is cut short: from there it can do nothing new.
PlaySummary explore_plays(const Scenario& scenario, std::size_t play_limit = 200000);

}  // namespace secondlook
