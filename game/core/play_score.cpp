#include "play_score.h"

#include <algorithm>

namespace secondlook {

ObjectiveStatus objective_status(int earned, int offered, bool chose_against) {
    if (chose_against) return ObjectiveStatus::ToPractise;
    if (offered <= 0) return ObjectiveStatus::NotInPlay;
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
    // Ending it safely before any threat is the best result a path can have,
    // whatever came before it (the feedback on each reply still says what
    // was safer): such a play is scored against what it earned, 100%, and an
    // objective it earned nothing for was not part of it.
    const bool early = stopped_early(run);
    PlayScore score;
    score.earned = run.total_points();
    score.offered = early ? score.earned : run.offered_score().total();
    const auto& declared = run.scenario().objectives;
    for (const auto& objective : objective_catalogue()) {
        if (std::find(declared.begin(), declared.end(), objective.id) == declared.end()) continue;
        ObjectiveResult result;
        result.objective = &objective;
        result.points = run.points(objective.id);
        result.offered = early ? result.points : run.offered_score().for_objective(objective.id);
        result.chose_against = chose_against(run, objective.id);
        result.status = objective_status(result.points, result.offered, result.chose_against);
        score.objectives.push_back(result);
    }
    return score;
}

bool stopped_early(const Run& run) {
    const Ending* ending = run.ending();
    if (!ending || ending->outcome != Outcome::Safe) return false;
    return std::none_of(run.steps().begin(), run.steps().end(), [&](const RunStep& step) {
        const Node* node = run.scenario().find_node(step.node);
        return node && (node->stage == Stage::Turn || node->stage == Stage::Aftermath ||
                        node->screen == Screen::Blackmail || node->countdown);
    });
}

}  // namespace secondlook
