// The game state's part in the knowledge check: a session set up with the
// pre/post check sends each player through it before play and offers it
// again after, one question at a time; each answer is recorded as it is confirmed.
#include <algorithm>

#include "records/check_recorder.h"
#include "ui/game_state.h"

namespace secondlook {

bool GameState::after_check_due() const {
    const auto taken = [&](CheckPhase phase) {
        return std::find(checks_taken_.begin(), checks_taken_.end(), phase) != checks_taken_.end();
    };
    return session_prepost_ && check_ && taken(CheckPhase::Pre) && !taken(CheckPhase::Post);
}

bool GameState::offered(const Scenario& scenario) const {
    if (session_scenarios_.empty()) return suits_track(scenario, track_);
    return std::find(session_scenarios_.begin(), session_scenarios_.end(), scenario.id) != session_scenarios_.end();
}

void GameState::join_session_plan(const SessionSetup& setup, double) {
    session_scenarios_ = setup.scenarios;
    session_prepost_ = setup.prepost;
    checks_taken_.clear();
    // Joining again (after a restart) must not ask the same questions again.
    if (records_)
        for (const auto& answer : records_->check_answers(setup.code))
            if (answer.player == record_player_)
                checks_taken_.push_back(answer.phase == "pre" ? CheckPhase::Pre : CheckPhase::Post);
}

void GameState::begin_check(CheckPhase phase, double now) {
    if (!check_ || check_->questions.empty()) return;
    check_progress_ = CheckProgress{phase, 0, std::nullopt, false, false, 0, now};
    session_.reset();
    screen_ = ScreenId::Check;
}

void GameState::apply_check(const UiAction& action, double now) {
    using Kind = UiAction::Kind;
    if (action.kind == Kind::StartCheck) {
        if (auto phase = parse_check_phase(action.id)) begin_check(*phase, now);
        return;
    }
    if (!check_progress_ || screen_ != ScreenId::Check) return;
    CheckProgress& progress = *check_progress_;
    if (progress.finished) {
        if (action.kind == Kind::ConfirmCheck) {
            check_progress_.reset();
            screen_ = ScreenId::ScenarioList;
        }
        return;
    }
    const CheckQuestion& question = check_->questions[progress.question];
    if (action.kind == Kind::PickCheckOption) {
        // Once explained, the answer stands: the explanation is about that choice.
        if (!progress.explained && action.index < question.options.size()) progress.picked = action.index;
        return;
    }
    if (!progress.picked) return;  // Enter before picking does nothing
    const bool after = progress.phase == CheckPhase::Post;
    if (!progress.explained) {
        const CheckOption& option = question.options[*progress.picked];
        progress.right += option.correct ? 1 : 0;
        if (records_)
            guard_records([&] {
                record_check_answer(*records_, records_->join(record_session_, record_player_), *check_,
                                    progress.phase, {question.id, option.id},
                                    static_cast<std::int64_t>((now - progress.shown_at) * 1000));
            });
        if (after) {
            progress.explained = true;  // the next Enter goes on
            return;
        }
    }
    progress.picked.reset();
    progress.explained = false;
    progress.shown_at = now;
    if (++progress.question < check_->questions.size()) return;
    progress.question = check_->questions.size() - 1;
    progress.finished = true;
    checks_taken_.push_back(progress.phase);
    // The check's answers reach the records file itself, as a finished play's do.
    if (records_) guard_records([&] {
        records_waiting_ = !records_->checkpoint();
        records_tried_at_ = now;
    });
}

}  // namespace secondlook
