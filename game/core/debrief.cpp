#include "debrief.h"

#include <algorithm>

namespace secondlook {

Debrief make_debrief(const Run& run, const PlaySummary& plays) {
    Debrief debrief;
    debrief.ending = run.ending();
    debrief.total = run.total_points();
    debrief.max = plays.total;
    debrief.signs = run.signs();
    debrief.evidence = run.evidence();
    const auto& declared = run.scenario().objectives;
    for (const auto& objective : objective_catalogue()) {
        if (std::find(declared.begin(), declared.end(), objective.id) == declared.end()) continue;
        auto best = plays.by_objective.find(objective.id);
        debrief.objectives.push_back({&objective, run.points(objective.id),
                                      best == plays.by_objective.end() ? 0 : best->second});
    }
    return debrief;
}

std::vector<const Objective*> Debrief::met() const {
    std::vector<const Objective*> list;
    for (const auto& result : objectives)
        if (result.met()) list.push_back(result.objective);
    return list;
}

std::vector<const Objective*> Debrief::missed() const {
    std::vector<const Objective*> list;
    for (const auto& result : objectives)
        if (!result.met()) list.push_back(result.objective);
    return list;
}

}  // namespace secondlook
