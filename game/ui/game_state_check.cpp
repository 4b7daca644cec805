// The game state's part in the knowledge check: a session set up with the
// pre/post check sends each player through it before play and offers it
// again after, one question at a time (app/classroom.h keeps the progress
// and records each answer as it is confirmed).
#include "ui/game_state.h"

namespace secondlook {

void GameState::begin_check(CheckPhase phase, double now) {
    if (!classroom_.begin_check(phase, now)) return;
    session_.reset();
    screen_ = ScreenId::Check;
}

void GameState::apply_check(const UiAction& action, double now) {
    using Kind = UiAction::Kind;
    if (action.kind == Kind::StartCheck) {
        if (auto phase = parse_check_phase(action.id)) begin_check(*phase, now);
        return;
    }
    if (!check_progress() || screen_ != ScreenId::Check) return;
    if (action.kind == Kind::PickCheckOption) classroom_.pick_check_option(action.index);
    if (action.kind == Kind::ConfirmCheck && classroom_.confirm_check(now)) screen_ = ScreenId::ScenarioList;
}

}  // namespace secondlook
