#include "debrief.h"

#include <algorithm>

namespace secondlook {
namespace {

std::vector<const Objective*> with_status(const PlayScore& score, ObjectiveStatus status) {
    std::vector<const Objective*> list;
    for (const auto& result : score.objectives)
        if (result.status == status) list.push_back(result.objective);
    return list;
}

}  // namespace

Debrief make_debrief(const Run& run) {
    Debrief debrief;
    debrief.ending = run.ending();
    debrief.score = score_play(run);
    debrief.stopped_early = stopped_early(run);
    debrief.replies = static_cast<int>(std::count_if(run.events().begin(), run.events().end(),
                                                     [](const RunEvent& e) { return e.kind == RunEvent::Kind::Reply; }));
    debrief.signs = run.signs();
    debrief.evidence = run.evidence();
    return debrief;
}

std::vector<const Objective*> Debrief::met() const { return with_status(score, ObjectiveStatus::Met); }
std::vector<const Objective*> Debrief::to_practise() const { return with_status(score, ObjectiveStatus::ToPractise); }
std::vector<const Objective*> Debrief::not_in_play() const { return with_status(score, ObjectiveStatus::NotInPlay); }

}  // namespace secondlook
