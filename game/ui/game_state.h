// Everything the window shows, and the only place it changes: which screen is
// up, the scenario being played and how far its messages have arrived.
// Screens read it and return UiActions; apply() carries those out.
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "app/classroom.h"
#include "app/play_session.h"
#include "app/settings_file.h"
#include "core/class_vote.h"
#include "core/debrief.h"
#include "core/knowledge_check.h"
#include "core/diagnostics.h"
#include "core/run.h"
#include "core/scenario_loader.h"
#include "core/support.h"
#include "records/learning_gain.h"
#include "records/session_stats.h"
#include "ui/ui_action.h"

namespace secondlook {

struct CatalogueEntry {
    std::string path;
    std::shared_ptr<const Scenario> scenario;  // null when the file has errors
    std::vector<Diagnostic> problems;
};

enum class ScreenId {
    ContentNote, ScenarioList, Play, Debrief, FacilitatorPin, Dashboard, SessionSetup, JoinSession, Check, ProjectorSetup
};
enum class Overlay { None, Locker, Settings };

// The feedback card beside the messenger: on the latest reply or action.
struct FeedbackCard {
    std::string what;  // "You chose: ..." or "You flagged: ..."
    std::string feedback;
    Tone tone = Tone::Neutral;
    std::vector<ScoreAward> awarded;
};

class GameState {
public:
    GameState(SupportInfo support, std::vector<CatalogueEntry> catalogue);

    void apply(const UiAction& action, double now);

    // Records every answer of every play into `store` under this session
    // and nickname (a self-guided learner: session "home"). Without a store
    // nothing is recorded.
    void record_to(RecordStore* store, std::string session, std::string nickname);
    bool recording() const { return classroom_.records() != nullptr; }
    // True for a learner on their own (not in a facilitator's session), who
    // may delete their results from the menu.
    bool own_results() const { return classroom_.own_results(); }
    // Results, sessions, the dashboard and the knowledge check (app/classroom.h).
    const Classroom& classroom() const { return classroom_; }
    const std::string& results_note() const { return results_note_; }

    // The knowledge check players take before and after play when their
    // session uses it (game_state_check.cpp).
    void set_knowledge_check(std::shared_ptr<const KnowledgeCheck> check) { classroom_.set_knowledge_check(std::move(check)); }
    const KnowledgeCheck* knowledge_check() const { return classroom_.knowledge_check(); }
    const std::optional<CheckProgress>& check_progress() const { return classroom_.check_progress(); }
    // The player's session uses the check, they took it before play and not yet after.
    bool after_check_due() const { return classroom_.after_check_due(); }
    // Whether the scenario list shows this scenario: the session's own list, else the track's.
    bool offered(const Scenario& scenario) const { return classroom_.offered(scenario, track_); }
    const std::vector<std::string>& session_scenarios() const { return classroom_.session_scenarios(); }
    const LearningGain& dashboard_gain() const { return classroom_.dashboard().gain; }

    // The facilitator's dashboard, behind the PIN kept with the records.
    bool pin_is_set() const { return classroom_.pin_is_set(); }
    const std::string& pin_message() const { return classroom_.pin_message(); }
    const std::vector<std::string>& dashboard_sessions() const { return classroom_.dashboard().sessions; }
    const std::string& dashboard_session() const { return classroom_.dashboard().session; }
    const SessionStats* dashboard_stats() const {
        return classroom_.dashboard().stats ? &*classroom_.dashboard().stats : nullptr;
    }
    const std::vector<PlayRecord>& dashboard_plays() const { return classroom_.dashboard().plays; }
    // The dashboard also merges every records file in this folder (other
    // machines' copies), read-only; "" for this machine's results only.
    const std::string& shared_folder() const { return shared_folder_; }
    void set_shared_folder(std::string folder) { shared_folder_ = std::move(folder); }
    // How many records files the dashboard merged, and any it could not read.
    std::size_t dashboard_files() const { return classroom_.dashboard().files; }
    const std::string& shared_folder_problem() const { return classroom_.dashboard().shared_folder_problem; }
    bool group_view() const { return group_view_; }
    // The session and nickname plays are recorded under.
    const std::string& record_session() const { return classroom_.session(); }
    const std::string& record_player() const { return classroom_.player(); }
    const std::string& join_message() const { return join_message_; }
    // Sessions not used for longer than the retention period, offered for deletion.
    const std::vector<std::string>& old_sessions() const { return classroom_.dashboard().old_sessions; }
    // Why results are not being saved, when the records file could not be used.
    const std::string& records_problem() const { return classroom_.records_problem(); }
    void set_records_problem(std::string problem) { classroom_.set_records_problem(std::move(problem)); }
    // True while the latest results are saved but, held back by another
    // program reading the records file, still in its write-ahead log (FILE-wal)
    // rather than the file itself; update() retries until they are in.
    bool records_waiting() const { return classroom_.records_waiting(); }
    // True while results just written are still being made durable (the
    // page copying them into the browser's storage): the debrief waits for
    // that, so it never shows before its play is stored (platform/storage.h).
    bool records_saving() const { return records_saving_; }
    void set_records_saving(bool saving) { records_saving_ = saving; }
    // Why read aloud cannot speak here (no sound device, no espeak-ng voice).
    const std::string& read_aloud_problem() const { return read_aloud_problem_; }
    void set_read_aloud_problem(std::string problem) { read_aloud_problem_ = std::move(problem); }
    // Moves the arrival of messages on to `now`.
    void update(double now);

    bool start(std::size_t catalogue_index, double now);
    // True when this player left a play of the scenario unfinished (the
    // window closed, the power went): it can be carried on from there.
    bool can_resume(const std::string& scenario_id) const { return resumable_.count(scenario_id) > 0; }
    // Replays choices by id, showing their results at once (for --choose).
    bool replay(const std::vector<std::string>& ids, double now, std::string* error);

    // Projector mode (projector_mode.cpp): a whole class plays one story as
    // one player, the facilitator entering the class's votes at each choice.
    // Only a facilitator past the PIN can start it.
    bool projector() const { return projector_; }
    // --projector: once the right PIN is entered, the class plays this scenario in `session`.
    void start_projector_after_pin(std::size_t catalogue_index, std::string session);
    // The votes for the choices on screen now.
    const ClassVote& class_vote() const { return class_vote_; }
    bool discussing() const { return discussing_; }
    // Why "Go with the class" did nothing (no votes yet, a tie), until the votes change.
    const std::string& vote_message() const { return vote_message_; }
    // The name the class's plays are recorded under (never a real name).
    const std::string& group_name() const { return group_name_; }

    // After the content note, go straight into this scenario instead of the list.
    void start_after_content_note(std::size_t catalogue_index) { start_after_note_ = catalogue_index; }

    ScreenId screen() const { return screen_; }
    void show(ScreenId screen) { screen_ = screen; }
    bool help_open() const { return help_open_; }
    void set_help_open(bool open) { help_open_ = open; }
    bool quit_requested() const { return quit_; }

    const std::vector<CatalogueEntry>& catalogue() const { return catalogue_; }
    // The library when it arrives after the first frames (it loads while the
    // content note shows); plays left unfinished are looked up again in it.
    void set_catalogue(std::vector<CatalogueEntry> catalogue);
    // The audience track the scenario list shows ("" for all).
    const std::string& track() const { return track_; }
    const SupportInfo& support() const { return support_; }
    // The play under way, if any (app/play_session.h).
    const PlaySession* session() const { return session_ ? &*session_ : nullptr; }
    const Run* run() const { return session_ ? &session_->run() : nullptr; }
    const Pacer& pacer() const;
    const Debrief* debrief() const { return session_ ? session_->debrief() : nullptr; }

    // The last event on screen, or null before any.
    const RunEvent* latest_event() const;
    // The node whose screen is showing (the node of the latest event).
    const Node* showing_node() const;
    // Messages on screen from the node showing, in order.
    std::vector<const RunEvent*> showing_messages() const;
    // The stage of the approach reached so far (the latest node that names one).
    Stage current_stage() const;
    // Feedback on the player's latest reply or action on screen.
    std::optional<FeedbackCard> latest_feedback() const;

    Overlay overlay() const { return overlay_; }
    bool paused() const { return paused_; }
    const PlayerSettings& settings() const { return settings_; }
    // Settings loaded from the player's file at the start.
    void use_settings(const PlayerSettings& settings) { settings_ = settings; }
    // Goes up each time the player changes a setting (not when a session
    // they join turns timers off), so the window knows when to save.
    int settings_changes() const { return settings_changes_; }
    // True while the countdown of the node showing is ticking.
    bool clock_running() const;
    // A guided breath: 0..1 while the calm control is held, nullopt otherwise.
    std::optional<double> breath_progress(double now) const;

    // --watch: a scenario file changed on disk. A valid new version replaces
    // the old one and, when it is being played, the player's ids are replayed
    // on it; a broken one leaves play alone and its problems are shown.
    void reload(const std::string& path, LoadResult loaded, double now);
    const std::vector<Diagnostic>& reload_problems() const { return reload_problems_; }
    std::string reload_notice(double now) const { return now < reload_notice_until_ ? reload_notice_ : ""; }

    // The dashboard's exports (dashboard_export.cpp): the session shown, as
    // CSV, xAPI or the HTML report, handed over by platform/file_exchange.h
    // (on the desktop into this folder). The note says where it went, or why not.
    void set_exports_folder(std::string folder) { exports_folder_ = std::move(folder); }
    const std::string& export_note() const { return export_note_; }
    bool export_failed() const { return export_failed_; }

    // Evidence screenshots: the window saves the frame for each capture the
    // run made, into the session folder, and the locker shows them.
    void set_session_folder(std::string folder) { session_folder_ = std::move(folder); }
    std::optional<int> pending_capture() const;
    std::string capture_path(int capture_number) const;
    void capture_saved(int capture_number) {
        if (session_) session_->capture_saved(capture_number);
    }
    // Its image could not be written (a full disk): the locker neither shows
    // nor counts it, rather than promise evidence that is not there.
    void capture_lost(int capture_number) {
        if (session_) session_->capture_lost(capture_number);
    }
    bool capture_was_lost(int capture_number) const { return session_ && session_->capture_was_lost(capture_number); }

    // True while something on screen moves (messages due, typing dots).
    bool animating() const;
    double seconds_to_next_change(double now) const;

private:
    // Starts a play; with `carry_on`, replays its answers and records on
    // into the same play. Recording::Off starts nothing in the records (an
    // author's reload replaying the play on a new version of the file).
    enum class Recording { On, Off };
    void begin_run(std::shared_ptr<const Scenario> scenario, double now, const UnfinishedPlay* carry_on = nullptr,
                   Recording recording = Recording::On);
    void resume(std::size_t catalogue_index, double now);
    // Which scenarios this player has an unfinished play of.
    void find_resumable();
    // Acts on the play (which records the answer), then follows it on screen.
    bool act(const std::string& id, std::string* error, double now, const std::map<std::string, int>& votes = {});
    // What any act or replay changes outside the play: the debrief left for
    // "See what could have happened", the class's count, the records' state.
    void after_acting(bool was_recording, double now);
    RecordsGuard records_guard();
    void start_recording(const UnfinishedPlay* carry_on = nullptr);
    void apply_projector(const UiAction& action, double now);
    void start_projector(std::size_t catalogue_index, const std::string& session, double now);
    // Starts a fresh count whenever play has moved on to new choices.
    void sync_vote();
    void guard_records(const std::function<void()>& write);
    void apply_check(const UiAction& action, double now);
    void begin_check(CheckPhase phase, double now);
    void join_session(const std::string& fields, double now);
    void load_dashboard(const std::string& session);
    ScenariosById scenarios_by_id() const;
    void export_dashboard(const std::string& format);

    SupportInfo support_;
    std::vector<CatalogueEntry> catalogue_;
    ScreenId screen_ = ScreenId::ContentNote;
    bool help_open_ = false;
    bool quit_ = false;
    std::optional<std::size_t> start_after_note_;
    std::optional<PlaySession> session_;
    std::string track_;
    Overlay overlay_ = Overlay::None;
    bool paused_ = false;
    PlayerSettings settings_;
    int settings_changes_ = 0;
    double clock_checked_at_ = 0;
    std::string session_folder_;
    Classroom classroom_;
    std::string results_note_, read_aloud_problem_;
    std::set<std::string> resumable_;
    std::string shared_folder_;
    bool records_saving_ = false;
    std::string exports_folder_, export_note_;
    bool export_failed_ = false;
    bool group_view_ = false;
    std::string join_message_;
    bool projector_ = false, discussing_ = false;
    std::string projector_session_, group_name_, vote_message_;
    ClassVote class_vote_;
    std::size_t vote_steps_ = 0;  // the run's steps when the count started
    std::optional<std::pair<std::size_t, std::string>> projector_after_pin_;
    std::vector<Diagnostic> reload_problems_;
    std::string reload_notice_;
    double reload_notice_until_ = 0;
};

}  // namespace secondlook
