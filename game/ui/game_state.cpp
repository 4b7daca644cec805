#include "game_state.h"

#include <algorithm>

#include "core/play_explorer.h"

namespace secondlook {

GameState::GameState(SupportInfo support, std::vector<CatalogueEntry> catalogue)
    : support_(std::move(support)), catalogue_(std::move(catalogue)) {}

bool GameState::start(std::size_t catalogue_index, double now) {
    if (catalogue_index >= catalogue_.size() || !catalogue_[catalogue_index].scenario) return false;
    begin_run(catalogue_[catalogue_index].scenario, now);
    return true;
}

void GameState::begin_run(std::shared_ptr<const Scenario> scenario, double now) {
    playing_ = std::move(scenario);
    run_.emplace(playing_);
    pacer_ = Pacer();
    pacer_.sync(*run_, now);
    debrief_.reset();
    screen_ = ScreenId::Play;
}

bool GameState::replay(const std::vector<std::string>& ids, double now, std::string* error) {
    if (!run_) return false;
    for (const auto& id : ids)
        if (!run_->choose(id, error)) return false;
    pacer_.sync(*run_, now);
    pacer_.skip();
    if (run_->finished()) apply(UiAction::of(UiAction::Kind::ShowDebrief), now);
    return true;
}

void GameState::apply(const UiAction& action, double now) {
    using Kind = UiAction::Kind;
    switch (action.kind) {
        case Kind::None: break;
        case Kind::AcceptContentNote:
            screen_ = ScreenId::ScenarioList;
            if (start_after_note_) start(*start_after_note_, now);
            break;
        case Kind::StartScenario: start(action.index, now); break;
        case Kind::Choose:
            if (run_ && pacer_.settled() && run_->choose(action.id)) pacer_.sync(*run_, now);
            break;
        case Kind::SkipWait: pacer_.skip(); break;
        case Kind::ShowDebrief:
            if (run_ && run_->finished()) {
                debrief_ = make_debrief(*run_, explore_plays(run_->scenario()));
                screen_ = ScreenId::Debrief;
            }
            break;
        case Kind::PlayAgain:
            if (playing_) begin_run(playing_, now);
            break;
        case Kind::BackToList:
            run_.reset();
            debrief_.reset();
            screen_ = ScreenId::ScenarioList;
            break;
        case Kind::OpenHelp: help_open_ = true; break;
        case Kind::CloseHelp: help_open_ = false; break;
        case Kind::QuickExit: quit_ = true; break;
    }
}

void GameState::update(double now) {
    if (run_) pacer_.update(*run_, now);
}

const RunEvent* GameState::latest_event() const {
    if (!run_ || pacer_.revealed() == 0) return nullptr;
    return &run_->events()[pacer_.revealed() - 1];
}

const Node* GameState::showing_node() const {
    const RunEvent* event = latest_event();
    return event ? &run_->scenario().nodes[event->node] : nullptr;
}

std::vector<const RunEvent*> GameState::showing_messages() const {
    std::vector<const RunEvent*> messages;
    const RunEvent* latest = latest_event();
    if (!latest) return messages;
    const auto& events = run_->events();
    for (std::size_t i = 0; i < pacer_.revealed(); ++i)
        if (events[i].node == latest->node && events[i].kind == RunEvent::Kind::Message)
            messages.push_back(&events[i]);
    return messages;
}

Stage GameState::current_stage() const {
    if (!run_) return Stage::None;
    const auto& events = run_->events();
    for (std::size_t i = pacer_.revealed(); i-- > 0;)
        if (Stage stage = run_->scenario().nodes[events[i].node].stage; stage != Stage::None) return stage;
    return Stage::None;
}

const Choice* GameState::latest_reply() const {
    if (!run_) return nullptr;
    const auto& events = run_->events();
    for (std::size_t i = pacer_.revealed(); i-- > 0;)
        if (events[i].kind == RunEvent::Kind::Reply) return events[i].choice;
    return nullptr;
}

bool GameState::animating() const { return run_ && screen_ == ScreenId::Play && !pacer_.settled(); }

double GameState::seconds_to_next_change(double now) const {
    return run_ ? pacer_.wait_left(*run_, now) : 0.0;
}

}  // namespace secondlook
