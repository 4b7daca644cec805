// Everything about results and sessions, without a window: the records file
// and what to do when writing to it fails, the facilitator's PIN, sessions
// made, joined and deleted, the dashboard's figures, and the knowledge check
// a session's players take before and after play. The desktop window shows
// it; the web page will show the same.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/knowledge_check.h"
#include "core/scenario.h"
#include "records/learning_gain.h"
#include "records/record_store.h"
#include "records/session_stats.h"

namespace secondlook {

// Sessions unused for longer than this are offered for deletion.
inline constexpr double kRetentionDays = 365;

// The knowledge check being taken: one question at a time, before or after play.
struct CheckProgress {
    CheckPhase phase = CheckPhase::Pre;
    std::size_t question = 0;            // index into the question set
    std::optional<std::size_t> picked;   // the option chosen so far
    bool explained = false;              // after play: the answer is confirmed and explained
    bool finished = false;               // every question answered: a closing card
    int right = 0;                       // best answers so far
    double shown_at = 0;                 // when the question appeared, for the response time
};

// The facilitator's dashboard: one session of this machine's records and of
// every other machine's copy in the shared folder, merged read-only.
struct DashboardData {
    std::vector<std::string> sessions;  // this machine's in the order made, then the others'
    std::string session;                // the one shown
    std::optional<SessionStats> stats;
    std::vector<PlayRecord> plays;
    LearningGain gain;
    std::size_t files = 0;               // records files merged
    std::string shared_folder_problem;   // files that could not be read, or none found
    std::vector<std::string> old_sessions;  // unused for longer than kRetentionDays
};

// What joining a session came to.
struct JoinResult {
    bool joined = false;
    std::string problem;                 // a ui_text key when not joined
    std::optional<SessionSetup> setup;   // the session's settings, when known
};

class Classroom {
public:
    // Records every answer into `store` under this session and nickname (a
    // self-guided learner: session "home"). Without a store nothing is recorded.
    void record_to(RecordStore* store, std::string session, std::string nickname);
    RecordStore* records() const { return records_; }
    const std::string& session() const { return session_; }
    const std::string& player() const { return player_; }
    // True for a learner on their own (not in a facilitator's session).
    bool own_results() const { return records_ && session_ == kHomeSession; }

    // Runs a write to the records; a failure (a full disk) is kept as the
    // reason results are no longer saved instead of ending the play. False then.
    bool write(const std::function<void()>& write);
    const std::string& records_problem() const { return records_problem_; }
    void set_records_problem(std::string problem) { records_problem_ = std::move(problem); }
    // True while the latest results are saved but held back in the records
    // file's write-ahead log by another program reading it.
    bool records_waiting() const { return records_waiting_; }
    void reached_file(bool in_file, double now);
    // Tries again to move held-back results into the file itself.
    void retry_checkpoint(double now);

    // The facilitator's PIN, kept with the records. True when `pin` opens
    // the dashboard (setting it, the first time); else pin_message() says why.
    bool pin_is_set() const;
    bool submit_pin(const std::string& pin);
    const std::string& pin_message() const { return pin_message_; }
    void clear_pin_message() { pin_message_.clear(); }

    // The dashboard for `session` ("": the newest), merging `shared_folder`'s files.
    void load_dashboard(const std::string& session, const std::string& shared_folder,
                        const std::map<std::string, std::shared_ptr<const Scenario>>& scenarios);
    void close_dashboard();
    const DashboardData& dashboard() const { return dashboard_; }
    // A new session with a code never used on this machine; its code.
    std::string create_session(SessionSetup setup);
    void delete_session(const std::string& code);
    void delete_old_sessions();

    // A player joins a session by its code and a nickname (as typed).
    JoinResult join(const std::string& code_typed, const std::string& nickname_typed);
    // Whether the player's session offers the scenario: its own list, else `track`'s.
    bool offered(const Scenario& scenario, const std::string& track) const;
    const std::vector<std::string>& session_scenarios() const { return session_scenarios_; }

    // The knowledge check players take before and after play when their session uses it.
    void set_knowledge_check(std::shared_ptr<const KnowledgeCheck> check) { check_ = std::move(check); }
    const KnowledgeCheck* knowledge_check() const { return check_.get(); }
    const std::optional<CheckProgress>& check_progress() const { return check_progress_; }
    // The session uses the check and the player has not taken it before play yet.
    bool before_check_due() const { return session_prepost_ && check_ && checks_taken_.empty(); }
    // The player took it before play and not yet after.
    bool after_check_due() const;
    bool begin_check(CheckPhase phase, double now);
    void pick_check_option(std::size_t option);
    // Enter or Next: records the answer and goes on (after play: explains first).
    // True when the closing card is confirmed and the check is over.
    bool confirm_check(double now);

private:
    void plan_session(const SessionSetup& setup);

    RecordStore* records_ = nullptr;
    std::string session_, player_, records_problem_, pin_message_;
    bool records_waiting_ = false;
    double records_tried_at_ = 0;
    DashboardData dashboard_;
    std::vector<std::string> session_scenarios_;  // the session's scenarios; empty: all of the track's
    bool session_prepost_ = false;
    std::vector<CheckPhase> checks_taken_;
    std::shared_ptr<const KnowledgeCheck> check_;
    std::optional<CheckProgress> check_progress_;
};

}  // namespace secondlook
