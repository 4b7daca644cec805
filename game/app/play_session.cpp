#include "app/play_session.h"

#include <algorithm>

namespace secondlook {

PlaySession::PlaySession(std::shared_ptr<const Scenario> scenario, double now)
    : scenario_(std::move(scenario)), run_(scenario_), last_answer_at_(now) {
    pacer_.sync(run_, now);
}

bool PlaySession::write(const RecordsGuard& guard, const std::function<void()>& fn) {
    if (!guard) {
        fn();
        return true;
    }
    // A write that failed stops the recording; the play goes on.
    if (guard(fn)) return true;
    recorder_.reset();
    return false;
}

void PlaySession::record_new_play(RecordStore& store, std::int64_t player, const RecordsGuard& guard) {
    write(guard, [&] { recorder_ = std::make_unique<PlayRecorder>(store, player, run_); });
}

void PlaySession::record_on(RecordStore& store, const std::string& play_id, const RecordsGuard& guard) {
    write(guard, [&] { recorder_ = std::make_unique<PlayRecorder>(store, play_id, run_); });
}

bool PlaySession::act(const std::string& id, double now, std::string* error, const std::map<std::string, int>& votes,
                      const RecordsGuard& guard) {
    if (!run_.act(id, error)) return false;
    played_.push_back(id);
    pacer_.sync(run_, now);
    // "See what could have happened": the same play goes on past its debrief.
    if (!run_.finished()) debrief_.reset();
    const auto response_ms = static_cast<std::int64_t>((now - last_answer_at_) * 1000);
    last_answer_at_ = now;
    if (recorder_ && write(guard, [&] { recorder_->record_latest(run_, response_ms, votes); }) && run_.finished()) {
        // The ending is in the records before the debrief can show.
        write(guard, [&] { ending_in_file_ = recorder_->finish(run_, make_debrief(run_)); });
    }
    return true;
}

ReplayResult PlaySession::replay(const std::vector<std::string>& ids, double now, ReplayFit fit,
                                 const RecordsGuard& guard) {
    ReplayResult result;
    for (const auto& id : ids) {
        if (!act(id, now, &result.error, {}, guard)) break;
        ++result.played;
    }
    result.complete = result.played == ids.size();
    if (!result.complete && fit == ReplayFit::AllOrNothing) {
        const bool class_play = run_.class_play();
        run_ = Run(scenario_);
        run_.set_class_play(class_play);
        played_.clear();
        pacer_ = Pacer();
        result.played = 0;
    }
    // A replay shows where the play got to at once, without the messages' pacing.
    pacer_.sync(run_, now);
    pacer_.skip();
    return result;
}

void PlaySession::advance(double seconds, double now) {
    const std::size_t before = run_.events().size();
    run_.advance(seconds);
    if (run_.events().size() != before) pacer_.sync(run_, now);
}

void PlaySession::update(double now, bool all) {
    pacer_.update(run_, now);
    if (all) pacer_.skip();
}

bool PlaySession::show_debrief() {
    if (!run_.finished()) return false;
    debrief_ = make_debrief(run_);
    return true;
}

void PlaySession::begin_breath(double now) {
    if (run_.stress() > 0 && !breath_started_) breath_started_ = now;
}

std::optional<double> PlaySession::breath_progress(double now) const {
    if (!breath_started_) return std::nullopt;
    return std::clamp((now - *breath_started_) / kBreathSeconds, 0.0, 1.0);
}

std::optional<int> PlaySession::pending_capture() const {
    for (const auto& action : run_.actions())
        if (action.capture_number > saved_captures_) return action.capture_number;
    return std::nullopt;
}

void PlaySession::capture_lost(int capture_number) {
    capture_saved(capture_number);
    lost_captures_.insert(capture_number);
}

bool PlaySession::capture_kept(int capture_number) const {
    return capture_number > 0 && capture_number <= saved_captures_ && !capture_was_lost(capture_number);
}

}  // namespace secondlook
