#include "records/play_recorder.h"

#include "core/max_scores.h"

namespace secondlook {

PlayRecorder::PlayRecorder(RecordStore& store, std::int64_t player, const Run& run)
    : store_(store), play_id_(store.start_play(player, run.scenario().id)), events_seen_(run.events().size()) {}

PlayRecorder::PlayRecorder(RecordStore& store, std::string play_id, const Run& run)
    : store_(store), play_id_(std::move(play_id)), events_seen_(run.events().size()), points_seen_(run.state().points) {}

void PlayRecorder::record_latest(const Run& run, std::int64_t response_ms, const std::map<std::string, int>& votes) {
    // The points an answer earned are what the run's tally gained: the same
    // rule (each choice or action scores once) as the debrief's.
    std::vector<ScoreAward> earned;
    for (const auto& [objective, points] : run.state().points) {
        const int before = points_seen_.count(objective) ? points_seen_.at(objective) : 0;
        if (points > before) earned.push_back({objective, points - before});
    }
    points_seen_ = run.state().points;
    const auto& events = run.events();
    bool first = true;
    for (std::size_t i = events_seen_; i < events.size(); ++i) {
        const RunEvent& event = events[i];
        const std::string node = run.scenario().nodes[event.node].id;
        if (event.kind == RunEvent::Kind::Reply) {
            const auto points = first ? earned : std::vector<ScoreAward>{};
            if (votes.empty())
                store_.record_answer(play_id_, node, event.choice->id, "choice", points, response_ms);
            else
                store_.record_class_answer(play_id_, node, event.choice->id, points, response_ms, votes);
            first = false;
        } else if (event.kind == RunEvent::Kind::Action) {
            const ActionRecord& action = run.actions()[event.action];
            store_.record_answer(play_id_, action.node, action.id, to_string(action.kind),
                                 first ? earned : std::vector<ScoreAward>{}, response_ms);
            if (action.kind == ActionRequest::Kind::Continue) store_.mark_continued(play_id_, action.node);
            first = false;
        }
    }
    events_seen_ = events.size();
}

bool PlayRecorder::finish(const Run& run, const Debrief& debrief) {
    if (!debrief.ending) return store_.checkpoint();
    // The scenario maximum is kept beside what the play offered, so a file
    // read by an older Second Look still shows the figures it knows.
    const MaxScores& best = run.scenario().maxima();
    RecordStore::FinishedPlay play{run.node().id, to_string(debrief.ending->outcome), debrief.score.earned, best.total,
                                   debrief.score.offered, {}};
    for (const auto& result : debrief.objectives()) {
        auto found = best.by_objective.find(result.objective->id);
        play.objectives[result.objective->id] = {result.points, found == best.by_objective.end() ? 0 : found->second,
                                                 result.offered, result.chose_against};
    }
    return store_.finish_play(play_id_, play);
}

}  // namespace secondlook
