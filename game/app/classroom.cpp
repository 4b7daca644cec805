#include "app/classroom.h"

#include <algorithm>
#include <sstream>

#include "app/ui_text.h"
#include "core/session_join.h"
#include "records/check_recorder.h"
#include "records/facilitator_pin.h"
#include "records/record_set.h"
#include "records/session_code.h"

namespace secondlook {

void Classroom::record_to(RecordStore* store, std::string session, std::string nickname) {
    records_ = store;
    session_ = std::move(session);
    player_ = std::move(nickname);
}

bool Classroom::write(const std::function<void()>& write) {
    // A full disk must not end the play; the player is told results stopped being saved.
    try {
        write();
        return true;
    } catch (const std::exception& error) {
        records_problem_ = error.what();
        records_waiting_ = false;  // the problem is shown instead
        return false;
    }
}

void Classroom::reached_file(bool in_file, double now) {
    records_waiting_ = !in_file;
    records_tried_at_ = now;
}

void Classroom::retry_checkpoint(double now) {
    // Another program's read held the latest results back in the log; the
    // loop wakes for this (records_waiting()), so they reach the file itself
    // within a moment of that read ending, whatever screen is up.
    constexpr double kRetrySeconds = 0.5;
    if (!records_waiting_ || !records_ || now - records_tried_at_ < kRetrySeconds) return;
    records_tried_at_ = now;
    write([&] { records_waiting_ = !records_->checkpoint(); });
}

bool Classroom::pin_is_set() const { return records_ && has_facilitator_pin(*records_); }

bool Classroom::submit_pin(const std::string& pin) {
    if (!records_) {
        pin_message_ = ui_text("pin.no-records");
        return false;
    }
    if (!pin_is_set()) {
        if (!valid_pin(pin)) {
            pin_message_ = ui_text("pin.choose");
            return false;
        }
        write([&] { set_facilitator_pin(*records_, pin); });
        return true;
    }
    if (check_facilitator_pin(*records_, pin)) return true;
    pin_message_ = ui_text("pin.wrong");
    return false;
}

void Classroom::load_dashboard(const std::string& session, const std::string& shared_folder,
                               const std::map<std::string, std::shared_ptr<const Scenario>>& scenarios) {
    DashboardData& shown = dashboard_;
    write([&] {
        // This machine's file, and with a shared folder every other machine's
        // copy in it, merged read-only with duplicates counted once.
        std::vector<std::string> files{records_->path()};
        shown.shared_folder_problem.clear();
        if (!shared_folder.empty()) {
            const auto shared = records_files(shared_folder);
            if (shared.empty()) shown.shared_folder_problem = ui_text("dashboard.shared-none", {{"folder", shared_folder}});
            files.insert(files.end(), shared.begin(), shared.end());
        }
        std::ostringstream unreadable;
        RecordSet merged = merge_records(files, "", "dashboard", unreadable);
        if (!unreadable.str().empty()) shown.shared_folder_problem = unreadable.str();
        shown.files = merged.files;
        // This machine's sessions in the order they were made (newest last), then the others'.
        shown.sessions = records_->sessions();
        for (const auto& code : merged.sessions)
            if (std::find(shown.sessions.begin(), shown.sessions.end(), code) == shown.sessions.end())
                shown.sessions.push_back(code);
        shown.session = session.empty() && !shown.sessions.empty() ? shown.sessions.back() : session;
        auto not_in_session = [&](const auto& record) { return record.session != shown.session; };
        merged.plays.erase(std::remove_if(merged.plays.begin(), merged.plays.end(), not_in_session), merged.plays.end());
        merged.answers.erase(std::remove_if(merged.answers.begin(), merged.answers.end(), not_in_session), merged.answers.end());
        merged.checks.erase(std::remove_if(merged.checks.begin(), merged.checks.end(), not_in_session), merged.checks.end());
        shown.plays = std::move(merged.plays);
        // Retention is about what this machine keeps: only its own file is ever deleted from.
        shown.old_sessions.clear();
        for (const auto& summary : records_->session_summaries())
            if (days_since(summary.last_activity) > kRetentionDays) shown.old_sessions.push_back(summary.code);
        shown.stats = session_stats(shown.plays, merged.answers, scenarios);
        shown.gain = learning_gain(merged.checks);
    });
    pin_message_.clear();
}

void Classroom::close_dashboard() {
    dashboard_.stats.reset();
    dashboard_.plays.clear();
}

std::string Classroom::create_session(SessionSetup setup) {
    setup.code = new_session_code(setup);
    write([&] {
        const auto existing = records_->sessions();
        while (std::find(existing.begin(), existing.end(), setup.code) != existing.end())
            setup.code = new_session_code(setup);  // never reuse a code already on this machine
        records_->create_session(setup);
    });
    return setup.code;
}

void Classroom::delete_session(const std::string& code) {
    write([&] { records_->delete_session(code); });
}

void Classroom::delete_old_sessions() {
    for (const auto& code : dashboard_.old_sessions) delete_session(code);
}

JoinResult Classroom::join(const std::string& code_typed, const std::string& nickname_typed) {
    JoinResult result;
    const auto code = session_code_from(code_typed, &result.problem);
    const auto nickname = code ? nickname_from(nickname_typed, &result.problem) : std::nullopt;
    if (!code || !nickname) return result;
    result.joined = true;
    session_ = *code;
    player_ = *nickname;
    // The setup kept here, or else the switches the code itself carries
    // (the session was set up on another machine).
    if (records_) write([&] { result.setup = records_->session_setup(*code); });
    if (!result.setup) result.setup = setup_from_code(*code);
    if (result.setup) plan_session(*result.setup);
    return result;
}

void Classroom::plan_session(const SessionSetup& setup) {
    session_scenarios_ = setup.scenarios;
    session_prepost_ = setup.prepost;
    checks_taken_.clear();
    // Joining again (after a restart) must not ask the same questions again.
    if (records_)
        for (const auto& answer : records_->check_answers(setup.code))
            if (answer.player == player_) checks_taken_.push_back(answer.phase == "pre" ? CheckPhase::Pre : CheckPhase::Post);
}

bool Classroom::offered(const Scenario& scenario, const std::string& track) const {
    if (session_scenarios_.empty()) return suits_track(scenario, track);
    return std::find(session_scenarios_.begin(), session_scenarios_.end(), scenario.id) != session_scenarios_.end();
}

bool Classroom::after_check_due() const {
    const auto taken = [&](CheckPhase phase) {
        return std::find(checks_taken_.begin(), checks_taken_.end(), phase) != checks_taken_.end();
    };
    return session_prepost_ && check_ && taken(CheckPhase::Pre) && !taken(CheckPhase::Post);
}

bool Classroom::begin_check(CheckPhase phase, double now) {
    if (!check_ || check_->questions.empty()) return false;
    check_progress_ = CheckProgress{phase, 0, std::nullopt, false, false, 0, now};
    return true;
}

void Classroom::pick_check_option(std::size_t option) {
    if (!check_progress_ || check_progress_->finished) return;
    CheckProgress& progress = *check_progress_;
    // Once explained, the answer stands: the explanation is about that choice.
    if (!progress.explained && option < check_->questions[progress.question].options.size()) progress.picked = option;
}

bool Classroom::confirm_check(double now) {
    if (!check_progress_) return false;
    CheckProgress& progress = *check_progress_;
    if (progress.finished) {
        check_progress_.reset();
        return true;
    }
    if (!progress.picked) return false;  // Enter before picking does nothing
    const CheckQuestion& question = check_->questions[progress.question];
    const bool after = progress.phase == CheckPhase::Post;
    if (!progress.explained) {
        const CheckOption& option = question.options[*progress.picked];
        progress.right += option.correct ? 1 : 0;
        if (records_)
            write([&] {
                record_check_answer(*records_, records_->join(session_, player_), *check_, progress.phase,
                                    {question.id, option.id}, static_cast<std::int64_t>((now - progress.shown_at) * 1000));
            });
        if (after) {
            progress.explained = true;  // the next Enter goes on
            return false;
        }
    }
    progress.picked.reset();
    progress.explained = false;
    progress.shown_at = now;
    if (++progress.question < check_->questions.size()) return false;
    progress.question = check_->questions.size() - 1;
    progress.finished = true;
    checks_taken_.push_back(progress.phase);
    // The check's answers reach the records file itself, as a finished play's do.
    if (records_) write([&] { reached_file(records_->checkpoint(), now); });
    return false;
}

}  // namespace secondlook
