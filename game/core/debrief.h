// What the player is told at an ending: the authored debrief plus, per
// learning objective of the scenario, the points earned and whether it was met.
#pragma once

#include <string>
#include <vector>

#include "objectives.h"
#include "run.h"
#include "max_scores.h"

namespace secondlook {

struct ObjectiveResult {
    const Objective* objective = nullptr;
    int points = 0;
    int best = 0;  // the most any play can earn for it
    bool applies = true;  // false when the scenario's applies_if never held in this play
    bool met() const { return points > 0; }
};

struct Debrief {
    const Ending* ending = nullptr;  // null while the play has not ended
    int total = 0;
    int max = 0;
    std::vector<ObjectiveResult> objectives;  // the scenario's objectives, in teaching order
    std::vector<SignResult> signs;            // warning signs seen: caught or missed
    std::vector<EvidenceStatus> evidence;     // what the police would need: kept or missing

    std::vector<const Objective*> met() const;
    // Not met, though it applied to this play.
    std::vector<const Objective*> missed() const;
    // Not part of this play (e.g. checking a payment when nothing was paid).
    std::vector<const Objective*> not_applicable() const;
};

Debrief make_debrief(const Run& run, const MaxScores& best);

}  // namespace secondlook
