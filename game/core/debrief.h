// What the player is told at an ending: the authored debrief plus the play's
// score by the one rule (play_score.h): the points earned of what this play
// offered, and per learning objective whether it was met, is still to
// practise, or was not part of this play.
#pragma once

#include <string>
#include <vector>

#include "objectives.h"
#include "play_score.h"
#include "run.h"

namespace secondlook {

struct Debrief {
    const Ending* ending = nullptr;  // null while the play has not ended
    PlayScore score;                 // earned of offered, and the objectives in teaching order
    // Ended safely before the blackmail turn: the best result of its path,
    // told as such ("You stopped it at the first step").
    bool stopped_early = false;
    int replies = 0;                       // replies made: 1 means it stopped at the first step
    std::vector<SignResult> signs;         // warning signs seen: caught or missed
    std::vector<EvidenceStatus> evidence;  // what the police would need: kept or missing

    const std::vector<ObjectiveResult>& objectives() const { return score.objectives; }
    std::vector<const Objective*> met() const;
    // Offered in this play and not met: to practise.
    std::vector<const Objective*> to_practise() const;
    // Not part of this play (e.g. checking a payment when nothing was paid).
    std::vector<const Objective*> not_in_play() const;
};

Debrief make_debrief(const Run& run);

}  // namespace secondlook
