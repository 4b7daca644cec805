// How a play did, by the one rule every screen and report uses: the debrief,
// the dashboard, the HTML report, CSV and xAPI all take their figures from
// here (or, reading records, from objective_status), so a player never reads
// one result in the game and another in their teacher's report.
//
// A play is scored against what its own path offered (see offered_score.h),
// not the best play of the scenario: stopping the blackmailer at the first
// step is the best result of that path.
#pragma once

#include <string>
#include <vector>

#include "objectives.h"
#include "run.h"

namespace secondlook {

enum class ObjectiveStatus {
    NotInPlay,   // the play never reached a moment that offered it
    Met,         // at least kMetSharePercent of what the play offered, and no reply against it
    ToPractise,  // offered, and not met
};

// "Met" needs at least half of what the play offered for the objective.
inline constexpr int kMetSharePercent = 50;

// The rule itself. `chose_against`: the play took a reply that goes against
// the objective (a payment, for "Don't pay"), which no other points outweigh.
ObjectiveStatus objective_status(int earned, int offered, bool chose_against);

// "not-in-play", "met", "to-practise": for CSV, xAPI and the report.
const char* to_string(ObjectiveStatus status);

// One objective of the scenario in one play.
struct ObjectiveResult {
    const Objective* objective = nullptr;
    int points = 0;   // earned
    int offered = 0;  // what this play offered for it: the most it could have earned here
    bool chose_against = false;
    ObjectiveStatus status = ObjectiveStatus::NotInPlay;

    bool met() const { return status == ObjectiveStatus::Met; }
    bool in_play() const { return status != ObjectiveStatus::NotInPlay; }
};

struct PlayScore {
    int earned = 0;
    int offered = 0;                          // the play's maximum
    std::vector<ObjectiveResult> objectives;  // the scenario's, in teaching order

    // earned / offered, within 0..1 (1 when the play offered nothing to earn).
    double scaled() const;
};

PlayScore score_play(const Run& run);

// The play ended safely before any threat: it never reached a node of the
// turn or its aftermath (`stage:`), a blackmail screen or a countdown. That
// is the best result of its path (see score_play).
bool stopped_early(const Run& run);

}  // namespace secondlook
