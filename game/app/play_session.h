// One play of one scenario, without a window: the run, how far its messages
// have arrived, the ids played (so the play can be replayed), its record in
// the results, the evidence screenshots saved so far and a calming breath.
// The window, the command line (`secondlook run`) and an author's reload
// all play through it, and bring a play back through its one replay().
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/debrief.h"
#include "core/pacing.h"
#include "core/run.h"
#include "records/play_recorder.h"

namespace secondlook {

// Seconds the calm control must be held for one full breath (in, then out).
inline constexpr double kBreathSeconds = 4.0;

// What a replay does with an id the scenario no longer takes (it changed
// since the ids were played).
enum class ReplayFit {
    AsFarAsItGoes,  // keep what fitted and stop there (--choose, an author's reload)
    AllOrNothing,   // back to the start (a recorded play carried on: a new play beats a wrong one)
};

struct ReplayResult {
    bool complete = false;    // every id was played
    std::size_t played = 0;   // how many were (0 after AllOrNothing failed)
    std::string error;        // why the first id that did not fit was refused
};

// Runs a write to the records so that its failure does not end the play:
// false when it failed (the caller keeps the reason). Without one, a failed
// write throws to the caller (the command line reports it and stops).
using RecordsGuard = std::function<bool(const std::function<void()>& write)>;

class PlaySession {
public:
    PlaySession(std::shared_ptr<const Scenario> scenario, double now);

    const std::shared_ptr<const Scenario>& scenario() const { return scenario_; }
    const Run& run() const { return run_; }
    const Pacer& pacer() const { return pacer_; }
    // The ids acted on so far, in order: what replay() needs to bring the play back.
    const std::vector<std::string>& played() const { return played_; }

    // Every answer from now on goes into the records: a new play for
    // `player`, or more of `play_id`, an unfinished play just replayed.
    void record_new_play(RecordStore& store, std::int64_t player, const RecordsGuard& guard = {});
    void record_on(RecordStore& store, const std::string& play_id, const RecordsGuard& guard = {});
    void stop_recording() { recorder_.reset(); }
    bool recording() const { return recorder_ != nullptr; }

    // Acts on the run (a reply, a flag, a screenshot...), remembers the id
    // and records the answer with the time taken since the last one; at an
    // ending, the play's end is recorded too, before any debrief shows.
    // `votes`: a class's votes for the reply (projector mode).
    bool act(const std::string& id, double now, std::string* error = nullptr, const std::map<std::string, int>& votes = {},
             const RecordsGuard& guard = {});
    // Acts on `ids` in order and shows their results at once. Resuming an
    // unfinished play, --choose, the window's replay and an author's reload
    // all bring a play back through this. Recorded like act() when recording.
    ReplayResult replay(const std::vector<std::string>& ids, double now, ReplayFit fit, const RecordsGuard& guard = {});
    // True once the latest ending's record reached the records file itself
    // (not held back in its write-ahead log by a reader); meaningful after
    // an act() that ended the play while recording.
    bool ending_in_file() const { return ending_in_file_; }

    // The blackmail clock moved on by `seconds` (the caller decides when it runs).
    void advance(double seconds, double now);
    // Reveals the messages whose time has come; `all`: at once (reduced motion).
    void update(double now, bool all);
    void skip_wait() { pacer_.skip(); }
    // A class deciding together (projector mode): see Run::set_class_play.
    void set_class_play(bool on) { run_.set_class_play(on); }

    // The debrief, once the play has reached an ending and asked for it.
    bool show_debrief();
    const Debrief* debrief() const { return debrief_ ? &*debrief_ : nullptr; }

    // A guided breath while the calm control is held (only under stress).
    void begin_breath(double now);
    void end_breath() { breath_started_.reset(); }
    bool breathing() const { return breath_started_.has_value(); }
    std::optional<double> breath_progress(double now) const;
    // True once a breath has been held long enough: it ends, and counts as "calm".
    bool breath_done(double now) const { return breath_started_ && now - *breath_started_ >= kBreathSeconds; }

    // Evidence screenshots: the first capture of the run not yet saved as an image.
    std::optional<int> pending_capture() const;
    void capture_saved(int capture_number) { saved_captures_ = std::max(saved_captures_, capture_number); }
    // Its image could not be written (a full disk): never shown nor counted.
    void capture_lost(int capture_number);
    // True when the capture's image was written.
    bool capture_kept(int capture_number) const;
    bool capture_was_lost(int capture_number) const { return lost_captures_.count(capture_number) > 0; }

private:
    bool write(const RecordsGuard& guard, const std::function<void()>& fn);

    std::shared_ptr<const Scenario> scenario_;
    Run run_;
    Pacer pacer_;
    std::vector<std::string> played_;
    std::unique_ptr<PlayRecorder> recorder_;
    double last_answer_at_ = 0;
    bool ending_in_file_ = true;
    std::optional<Debrief> debrief_;
    std::optional<double> breath_started_;
    int saved_captures_ = 0;
    std::set<int> lost_captures_;
};

}  // namespace secondlook
