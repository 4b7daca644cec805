#include "debrief.h"

#include <algorithm>

namespace secondlook {

Debrief make_debrief(const Run& run, const MaxScores& best_scores) {
    Debrief debrief;
    debrief.ending = run.ending();
    debrief.total = run.total_points();
    debrief.max = best_scores.total;
    debrief.signs = run.signs();
    debrief.evidence = run.evidence();
    const auto& declared = run.scenario().objectives;
    for (const auto& objective : objective_catalogue()) {
        if (std::find(declared.begin(), declared.end(), objective.id) == declared.end()) continue;
        auto best = best_scores.by_objective.find(objective.id);
        auto condition = run.scenario().applies_if.find(objective.id);
        const bool applies = condition == run.scenario().applies_if.end() ||
                             condition->second.holds(run.state().variables) || run.points(objective.id) > 0;
        debrief.objectives.push_back({&objective, run.points(objective.id),
                                      best == best_scores.by_objective.end() ? 0 : best->second, applies});
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
        if (!result.met() && result.applies) list.push_back(result.objective);
    return list;
}

std::vector<const Objective*> Debrief::not_applicable() const {
    std::vector<const Objective*> list;
    for (const auto& result : objectives)
        if (!result.met() && !result.applies) list.push_back(result.objective);
    return list;
}

}  // namespace secondlook
