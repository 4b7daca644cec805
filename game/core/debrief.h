// What the player is told at an ending: the authored debrief plus, per
// learning objective of the scenario, the points earned and whether it was met.
#pragma once

#include <string>
#include <vector>

#include "objectives.h"
#include "run.h"
#include "play_explorer.h"

namespace secondlook {

struct ObjectiveResult {
    const Objective* objective = nullptr;
    int points = 0;
    int best = 0;  // the most any play can earn for it
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
    std::vector<const Objective*> missed() const;
};

Debrief make_debrief(const Run& run, const PlaySummary& plays);

}  // namespace secondlook
