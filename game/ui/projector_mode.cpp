// Projector mode: a whole class plays one story on the big screen as one
// player. At each choice the facilitator enters the class's votes, may pause
// for discussion, then goes with the most-voted reply (picking among tied
// ones). The reply is recorded like any answer, with every choice's votes.
#include <algorithm>

#include "app/ui_text.h"
#include "ui/game_state.h"

namespace secondlook {

void GameState::start_projector_after_pin(std::size_t catalogue_index, std::string session) {
    projector_after_pin_ = std::make_pair(catalogue_index, std::move(session));
}

void GameState::start_projector(std::size_t catalogue_index, const std::string& session, double now) {
    RecordStore* records = classroom_.records();
    if (!records || session.empty() || catalogue_index >= catalogue_.size() || !catalogue_[catalogue_index].scenario)
        return;
    projector_ = true;
    projector_session_ = session;
    // The session's label names the group ("Year 9 Tuesday"); never a person.
    std::string label;
    guard_records([&] {
        if (auto setup = records->session_setup(session)) label = setup->label;
    });
    group_name_ = label.empty() ? "Class vote" : "Class vote: " + label.substr(0, 30);
    vote_message_.clear();
    start(catalogue_index, now);
}

void GameState::sync_vote() {
    if (!session_) return;
    const Run& run = session_->run();
    if (run.steps().size() == vote_steps_ && !class_vote_.choices().empty()) return;
    vote_steps_ = run.steps().size();
    std::vector<std::string> ids;
    for (const Choice* choice : run.offered()) ids.push_back(choice->id);
    class_vote_.reset(std::move(ids));
    discussing_ = false;
    vote_message_.clear();
}

void GameState::apply_projector(const UiAction& action, double now) {
    using Kind = UiAction::Kind;
    switch (action.kind) {
        case Kind::OpenProjectorSetup:
            // Only from the dashboard, which is behind the PIN.
            if (screen_ == ScreenId::Dashboard && !dashboard_session().empty()) screen_ = ScreenId::ProjectorSetup;
            break;
        case Kind::StartProjector:
            if (screen_ == ScreenId::ProjectorSetup) start_projector(action.index, dashboard_session(), now);
            break;
        case Kind::SetVote:
            if (projector_ && session_ && class_vote_.set(action.id, static_cast<int>(std::min<std::size_t>(action.index, kMaxVotes))))
                vote_message_.clear();
            break;
        case Kind::ToggleDiscuss:
            if (projector_ && session_ && !session_->run().finished()) discussing_ = !discussing_;
            break;
        case Kind::GoWithClass: {
            if (!projector_ || !session_ || session_->run().finished() || !session_->pacer().settled()) break;
            if (class_vote_.total() == 0) {
                vote_message_ = ui_text("vote.enter-first");
                break;
            }
            const auto decided = class_vote_.decision(action.id);
            if (!decided) {
                vote_message_ = ui_text("vote.tie");
                break;
            }
            const auto votes = class_vote_.counts();
            act(*decided, nullptr, now, votes);
            break;
        }
        default: break;
    }
}

}  // namespace secondlook
