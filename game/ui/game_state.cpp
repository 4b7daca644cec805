#include "game_state.h"

#include <algorithm>

#include "app/id_list.h"
#include "app/ui_text.h"
#include "core/max_scores.h"
#include "ui/action_summary.h"

namespace secondlook {
namespace {

std::vector<std::string> split_fields(const std::string& text) {
    std::vector<std::string> fields;
    std::size_t start = 0;
    for (std::size_t tab; (tab = text.find('\t', start)) != std::string::npos; start = tab + 1)
        fields.push_back(text.substr(start, tab - start));
    fields.push_back(text.substr(start));
    return fields;
}

std::string trimmed(const std::string& text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string::npos) return "";
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

}  // namespace

GameState::GameState(SupportInfo support, std::vector<CatalogueEntry> catalogue)
    : support_(std::move(support)), catalogue_(std::move(catalogue)) {}

bool GameState::start(std::size_t catalogue_index, double now) {
    if (catalogue_index >= catalogue_.size() || !catalogue_[catalogue_index].scenario) return false;
    begin_run(catalogue_[catalogue_index].scenario, now);
    return true;
}

void GameState::resume(std::size_t catalogue_index, double now) {
    RecordStore* records = classroom_.records();
    if (catalogue_index >= catalogue_.size() || !catalogue_[catalogue_index].scenario || !records) return;
    std::optional<UnfinishedPlay> unfinished;
    guard_records([&] {
        unfinished = records->unfinished_play(classroom_.session(), classroom_.player(), catalogue_[catalogue_index].scenario->id);
    });
    begin_run(catalogue_[catalogue_index].scenario, now, unfinished ? &*unfinished : nullptr);
}

void GameState::begin_run(std::shared_ptr<const Scenario> scenario, double now, const UnfinishedPlay* carry_on,
                          Recording recording) {
    session_.emplace(std::move(scenario), now);
    session_->set_class_play(projector_);  // a class is never offered a reply that gives in to the ask
    discussing_ = false;
    vote_steps_ = 0;
    // Answers already recorded are replayed, not recorded again; if the
    // scenario has changed so they no longer fit, a new play starts.
    if (carry_on && !session_->replay(carry_on->actions, now, ReplayFit::AllOrNothing).complete) carry_on = nullptr;
    if (recording == Recording::On) start_recording(carry_on);
    overlay_ = Overlay::None;
    paused_ = false;
    clock_checked_at_ = now;
    screen_ = ScreenId::Play;
    sync_vote();
}

bool GameState::replay(const std::vector<std::string>& ids, double now, std::string* error) {
    if (!session_) return false;
    const bool was_recording = session_->recording();
    const ReplayResult replayed = session_->replay(ids, now, ReplayFit::AsFarAsItGoes, records_guard());
    if (replayed.played > 0) after_acting(was_recording, now);
    if (!replayed.complete) {
        if (error) *error = replayed.error;
        return false;
    }
    if (session_->run().finished()) apply(UiAction::of(UiAction::Kind::ShowDebrief), now);
    return true;
}

void GameState::apply(const UiAction& action, double now) {
    using Kind = UiAction::Kind;
    if (action.kind >= Kind::SetVolume && action.kind <= Kind::ToggleReadAloud) ++settings_changes_;
    switch (action.kind) {
        case Kind::None: break;
        case Kind::AcceptContentNote:
            screen_ = ScreenId::ScenarioList;
            if (start_after_note_) start(*start_after_note_, now);
            break;
        case Kind::StartScenario: start(action.index, now); break;
        case Kind::ResumeScenario: resume(action.index, now); break;
        case Kind::FilterTrack: track_ = is_track(action.id) ? action.id : std::string(); break;
        case Kind::OpenDashboard:
            classroom_.clear_pin_message();
            screen_ = ScreenId::FacilitatorPin;
            break;
        case Kind::SubmitPin:
            if (classroom_.submit_pin(action.id)) load_dashboard("");
            if (screen_ == ScreenId::Dashboard && projector_after_pin_) {
                const auto [index, session] = *projector_after_pin_;
                projector_after_pin_.reset();
                start_projector(index, session, now);
            }
            break;
        case Kind::ShowSession:
            if (screen_ == ScreenId::Dashboard || screen_ == ScreenId::ProjectorSetup) load_dashboard(action.id);
            break;
        case Kind::SetSharedFolder:
            if (screen_ == ScreenId::Dashboard) {
                shared_folder_ = trimmed(action.id);
                load_dashboard(dashboard_session());
            }
            break;
        case Kind::ToggleGroupView: group_view_ = !group_view_; break;
        case Kind::ExportSession:
            if (screen_ == ScreenId::Dashboard) export_dashboard(action.id);
            break;
        case Kind::LockDashboard:
            classroom_.close_dashboard();
            screen_ = ScreenId::ScenarioList;
            break;
        case Kind::OpenSessionSetup:
            if (screen_ == ScreenId::Dashboard) screen_ = ScreenId::SessionSetup;
            break;
        case Kind::CreateSession: {
            if (screen_ != ScreenId::SessionSetup || !classroom_.records()) break;
            auto fields = split_fields(action.id);
            SessionSetup setup{"", fields.size() > 0 ? fields[0] : "", fields.size() > 1 ? fields[1] : "",
                               fields.size() > 2 ? fields[2] != "0" : true, {}, fields.size() > 3 && fields[3] == "1"};
            if (fields.size() > 4) setup.scenarios = split_ids(fields[4]);
            load_dashboard(classroom_.create_session(setup));
            break;
        }
        case Kind::DeleteSession:
            if (screen_ == ScreenId::Dashboard && classroom_.records() && !action.id.empty()) {
                classroom_.delete_session(action.id);
                load_dashboard("");
            }
            break;
        case Kind::DeleteOldSessions:
            if (screen_ == ScreenId::Dashboard && classroom_.records()) {
                classroom_.delete_old_sessions();
                load_dashboard("");
            }
            break;
        case Kind::OpenProjectorSetup:
        case Kind::StartProjector:
        case Kind::SetVote:
        case Kind::ToggleDiscuss:
        case Kind::GoWithClass: apply_projector(action, now); break;
        case Kind::OpenJoin:
            join_message_.clear();
            screen_ = ScreenId::JoinSession;
            break;
        case Kind::JoinSession: join_session(action.id, now); break;
        case Kind::DeleteMyResults:
            if (own_results()) {
                if (session_) session_->stop_recording();
                classroom_.delete_session(classroom_.session());
                results_note_ = records_problem().empty() ? ui_text("list.results-deleted") : "";
                find_resumable();
            }
            break;
        case Kind::StartCheck:
        case Kind::PickCheckOption:
        case Kind::ConfirmCheck: apply_check(action, now); break;
        case Kind::Choose:
            // The class chooses by vote: a reply picked on screen is one more vote for it.
            if (projector_ && !parse_action_id(action.id)) {
                apply({UiAction::Kind::SetVote, static_cast<std::size_t>(class_vote_.count(action.id) + 1), action.id},
                      now);
                break;
            }
            // Flags and screenshots may come while messages arrive; replies wait for them.
            if (session_ && (session_->pacer().settled() || parse_action_id(action.id))) act(action.id, nullptr, now);
            break;
        case Kind::TogglePause: paused_ = !paused_; break;
        case Kind::OpenLocker: overlay_ = Overlay::Locker; break;
        case Kind::OpenSettings: overlay_ = Overlay::Settings; break;
        case Kind::CloseOverlay: overlay_ = Overlay::None; break;
        case Kind::SetVolume: settings_.volume = std::clamp(static_cast<int>(action.index), 0, 100); break;
        case Kind::ToggleMute: settings_.muted = !settings_.muted; break;
        case Kind::ToggleTimers: settings_.timers = !settings_.timers; break;
        case Kind::ToggleCaptions: settings_.captions = !settings_.captions; break;
        case Kind::SetTextSize: settings_.text_size = nearest_text_size(static_cast<int>(action.index)); break;
        case Kind::ToggleHighContrast: settings_.high_contrast = !settings_.high_contrast; break;
        case Kind::ToggleDyslexiaSpacing: settings_.dyslexia_spacing = !settings_.dyslexia_spacing; break;
        case Kind::ToggleReducedMotion: settings_.reduced_motion = !settings_.reduced_motion; break;
        case Kind::ToggleReadAloud: settings_.read_aloud = !settings_.read_aloud; break;
        case Kind::BeginBreath:
            if (session_) session_->begin_breath(now);
            break;
        case Kind::EndBreath:
            if (session_) session_->end_breath();
            break;
        case Kind::SkipWait:
            if (session_) session_->skip_wait();
            break;
        case Kind::ShowDebrief:
            if (session_ && session_->show_debrief()) screen_ = ScreenId::Debrief;
            break;
        case Kind::PlayAgain:
            if (session_) begin_run(session_->scenario(), now);
            break;
        case Kind::BackToList:
            projector_ = false;  // the facilitator's PIN is needed again to start it
            discussing_ = false;
            session_.reset();
            find_resumable();
            screen_ = ScreenId::ScenarioList;
            break;
        case Kind::OpenHelp: help_open_ = true; break;
        case Kind::CloseHelp: help_open_ = false; break;
        case Kind::QuickExit: quit_ = true; break;
    }
}

void GameState::join_session(const std::string& typed, double now) {
    const auto fields = split_fields(typed);
    const JoinResult joined = classroom_.join(fields[0], fields.size() > 1 ? fields[1] : "");
    if (!joined.joined) {
        join_message_ = ui_text(joined.problem);
        return;
    }
    if (joined.setup) {
        track_ = joined.setup->track;
        settings_.timers = joined.setup->timers;
    }
    join_message_.clear();
    find_resumable();
    screen_ = ScreenId::ScenarioList;
    if (classroom_.before_check_due()) begin_check(CheckPhase::Pre, now);
}

void GameState::update(double now) {
    classroom_.retry_checkpoint(now);
    if (!session_) return;
    // The blackmail clock runs in real time, but only while the player can
    // see it and act: never behind help, settings or a facilitator's pause.
    const double elapsed = now - clock_checked_at_;
    clock_checked_at_ = now;
    if (clock_running() && elapsed > 0) {
        session_->advance(elapsed, now);
        sync_vote();
    }
    if (session_->breath_done(now)) {
        session_->end_breath();
        act("calm", nullptr, now);
    }
    // Reduced motion: no typing dots and no waiting; each message is there at once.
    session_->update(now, settings_.reduced_motion);
}

bool GameState::act(const std::string& id, std::string* error, double now, const std::map<std::string, int>& votes) {
    const bool was_recording = session_->recording();
    if (!session_->act(id, now, error, votes, records_guard())) return false;
    after_acting(was_recording, now);
    return true;
}

void GameState::after_acting(bool was_recording, double now) {
    // "See what could have happened": the same play goes on past its debrief.
    if (screen_ == ScreenId::Debrief && !session_->debrief()) screen_ = ScreenId::Play;
    sync_vote();
    // A finished play's record reaches the file itself unless a reader holds it back.
    if (was_recording && session_->recording() && session_->run().finished())
        classroom_.reached_file(session_->ending_in_file(), now);
}

RecordsGuard GameState::records_guard() {
    // A failed write stops the play's recording (PlaySession drops its recorder).
    return [this](const std::function<void()>& write) { return classroom_.write(write); };
}

void GameState::record_to(RecordStore* store, std::string session, std::string nickname) {
    classroom_.record_to(store, std::move(session), std::move(nickname));
    find_resumable();
}

void GameState::start_recording(const UnfinishedPlay* carry_on) {
    RecordStore* records = classroom_.records();
    if (!records || !session_) return;
    if (carry_on) {
        session_->record_on(*records, carry_on->id, records_guard());
        return;
    }
    std::optional<std::int64_t> player;
    guard_records([&] {
        player = projector_ ? records->join(projector_session_, group_name_)
                            : records->join(classroom_.session(), classroom_.player());
    });
    if (player) session_->record_new_play(*records, *player, records_guard());
}

void GameState::set_catalogue(std::vector<CatalogueEntry> catalogue) {
    catalogue_ = std::move(catalogue);
    find_resumable();
}

void GameState::find_resumable() {
    resumable_.clear();
    RecordStore* records = classroom_.records();
    if (!records) return;
    guard_records([&] {
        for (const auto& entry : catalogue_)
            if (entry.scenario) {
                auto unfinished = records->unfinished_play(classroom_.session(), classroom_.player(), entry.scenario->id);
                if (unfinished && !unfinished->actions.empty()) resumable_.insert(entry.scenario->id);
            }
    });
}

void GameState::guard_records(const std::function<void()>& write) {
    if (!classroom_.write(write) && session_) session_->stop_recording();
}

void GameState::reload(const std::string& path, LoadResult loaded, double now) {
    for (auto& entry : catalogue_) {
        if (entry.path != path) continue;
        entry.problems = loaded.diagnostics.all();
        entry.scenario = loaded.ok() ? loaded.scenario : nullptr;
        const bool playing = session_ && session_->scenario()->file == path;
        if (!loaded.ok()) {
            // Keep playing the last good version; show what to fix.
            if (playing) reload_problems_ = entry.problems;
            return;
        }
        reload_problems_.clear();
        if (!playing) return;
        // The same ids, replayed on the new version, bring the player back to
        // where they were, as far as the story still goes that way.
        const std::vector<std::string> ids = session_->played();
        const std::string was_at = session_->run().node().id;
        // An author's reload is not a new play: nothing is recorded for it.
        begin_run(loaded.scenario, now, nullptr, Recording::Off);
        session_->replay(ids, now, ReplayFit::AsFarAsItGoes);
        after_acting(false, now);
        const std::string& now_at = session_->run().node().id;
        reload_notice_ = now_at == was_at ? ui_text("reload.same-place")
                                          : ui_text("reload.moved", {{"was", was_at}, {"now", now_at}});
        reload_notice_until_ = now + 4.0;
        return;
    }
}

ScenariosById GameState::scenarios_by_id() const {
    ScenariosById scenarios;
    for (const auto& entry : catalogue_)
        if (entry.scenario) scenarios[entry.scenario->id] = entry.scenario;
    return scenarios;
}

void GameState::load_dashboard(const std::string& session) {
    classroom_.load_dashboard(session, shared_folder_, scenarios_by_id());
    export_note_.clear();
    screen_ = ScreenId::Dashboard;
}

std::optional<double> GameState::breath_progress(double now) const {
    return session_ ? session_->breath_progress(now) : std::nullopt;
}

const Pacer& GameState::pacer() const {
    static const Pacer nothing_to_show;
    return session_ ? session_->pacer() : nothing_to_show;
}

bool GameState::clock_running() const {
    return session_ && screen_ == ScreenId::Play && run()->countdown() && run()->countdown_left() > 0 &&
           settings_.timers && !paused_ && !discussing_ && !help_open_ && overlay_ != Overlay::Settings &&
           session_->pacer().settled();
}

std::optional<int> GameState::pending_capture() const {
    return session_ ? session_->pending_capture() : std::nullopt;
}

std::string GameState::capture_path(int capture_number) const {
    if (session_folder_.empty() || !session_ || !session_->capture_kept(capture_number)) return {};
    return session_folder_ + "/evidence-" + std::to_string(capture_number) + ".png";
}

const RunEvent* GameState::latest_event() const {
    if (!session_ || pacer().revealed() == 0) return nullptr;
    return &run()->events()[pacer().revealed() - 1];
}

const Node* GameState::showing_node() const {
    const RunEvent* event = latest_event();
    return event ? &run()->scenario().nodes[event->node] : nullptr;
}

std::vector<const RunEvent*> GameState::showing_messages() const {
    std::vector<const RunEvent*> messages;
    const RunEvent* latest = latest_event();
    if (!latest) return messages;
    const auto& events = run()->events();
    for (std::size_t i = 0; i < pacer().revealed(); ++i)
        if (events[i].node == latest->node && events[i].kind == RunEvent::Kind::Message)
            messages.push_back(&events[i]);
    return messages;
}

Stage GameState::current_stage() const {
    if (!session_) return Stage::None;
    const auto& events = run()->events();
    for (std::size_t i = pacer().revealed(); i-- > 0;)
        if (Stage stage = run()->scenario().nodes[events[i].node].stage; stage != Stage::None) return stage;
    return Stage::None;
}

std::optional<FeedbackCard> GameState::latest_feedback() const {
    if (!session_) return std::nullopt;
    const auto& events = run()->events();
    for (std::size_t i = pacer().revealed(); i-- > 0;) {
        if (events[i].kind == RunEvent::Kind::Reply) {
            const Choice& choice = *events[i].choice;
            return FeedbackCard{ui_text(projector_ ? "feedback.class-chose" : "feedback.you-chose", {{"choice", choice.text}}), choice.feedback, choice.tone, choice.score};
        }
        if (events[i].kind == RunEvent::Kind::Action) {
            const ActionRecord& action = run()->actions()[events[i].action];
            if (action.feedback.empty()) continue;
            return FeedbackCard{action_summary(*run(), action), action.feedback, action.tone, action.awarded};
        }
    }
    return std::nullopt;
}

bool GameState::animating() const {
    return session_ && screen_ == ScreenId::Play && (!pacer().settled() || clock_running() || session_->breathing());
}

double GameState::seconds_to_next_change(double now) const {
    return session_ ? pacer().wait_left(*run(), now) : 0.0;
}

}  // namespace secondlook
