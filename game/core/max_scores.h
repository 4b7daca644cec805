// The most a play of a scenario can score, in total and per objective, when
// the player also takes every scoring action on the way: the "of N" beside
// a player's score and the "scaled" of their results, so it must be exact.
// Found by walking every distinct situation of play once (where the player
// is, the variables conditions read, what can still score) rather than every
// play, which for a long story with many choices is beyond counting.
#pragma once

#include <cstddef>
#include <map>
#include <set>
#include <string>

#include "diagnostics.h"
#include "scenario.h"

namespace secondlook {

struct MaxScores {
    int total = 0;                            // best total of any one play
    std::map<std::string, int> by_objective;  // best per objective over all plays
    std::set<std::string> endings;            // ids of the endings some play reaches
    std::size_t situations = 0;               // distinct situations walked
    bool complete = true;                     // false past the limit: then nothing above is known
};

// Far above the shipped scenarios (the largest has a few thousand) and the
// 10,000-node story of tools/bench, and low enough to answer in a second.
inline constexpr std::size_t kMaxSituations = 100000;

MaxScores max_scores(const Scenario& scenario, std::size_t situation_limit = kMaxSituations);

// A scenario whose maximum cannot be found exactly is an error at its
// 'start:', with the count, so no play of it is ever given a wrong maximum.
// Call on a scenario without other errors. Returns what it walked, for the
// loader to keep (Scenario::maxima()).
MaxScores check_max_score_exact(const Scenario& scenario, Diagnostics& diagnostics);

// Works out the maxima of a scenario built in code, not loaded, and keeps
// them on it (the loader does this itself).
void fill_max_scores(Scenario& scenario);

}  // namespace secondlook
