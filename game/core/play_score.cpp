#include "play_score.h"

#include <algorithm>

namespace secondlook {

ObjectiveStatus objective_status(int earned, int offered, bool chose_against) {
    if (offered <= 0 && !chose_against) return ObjectiveStatus::NotInPlay;
    if (chose_against) return ObjectiveStatus::ToPractise;
    return earned * 100 >= offered * kMetSharePercent ? ObjectiveStatus::Met : ObjectiveStatus::ToPractise;
}

const char* to_string(ObjectiveStatus status) {
    switch (status) {
        case ObjectiveStatus::NotInPlay: return "not-in-play";
        case ObjectiveStatus::Met: return "met";
        case ObjectiveStatus::ToPractise: return "to-practise";
    }
    return "not-in-play";
}

double PlayScore::scaled() const {
    if (offered <= 0) return 1.0;
    return std::clamp(static_cast<double>(earned) / offered, 0.0, 1.0);
}

namespace {

bool chose_against(const Run& run, const std::string& objective) {
    return std::any_of(run.events().begin(), run.events().end(), [&](const RunEvent& event) {
        return event.kind == RunEvent::Kind::Reply &&
               std::find(event.choice->against.begin(), event.choice->against.end(), objective) !=
                   event.choice->against.end();
    });
}

}  // namespace

PlayScore score_play(const Run& run) {
    PlayScore score;
    score.earned = run.total_points();
    score.offered = run.offered_score().total();
    const auto& declared = run.scenario().objectives;
    for (const auto& objective : objective_catalogue()) {
        if (std::find(declared.begin(), declared.end(), objective.id) == declared.end()) continue;
        ObjectiveScore result;
        result.objective = &objective;
        result.earned = run.points(objective.id);
        result.offered = run.offered_score().for_objective(objective.id);
        result.chose_against = chose_against(run, objective.id);
        result.status = objective_status(result.earned, result.offered, result.chose_against);
        score.objectives.push_back(result);
    }
    return score;
}

}  // namespace secondlook
