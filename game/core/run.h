// One play of a scenario: the state machine the window, the command line and
// the tests all drive the same way. Enter, read what happened (events), offer
// choices, choose by id or act (flag, screenshot, calm...), until an ending.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "action_id.h"
#include "offered_score.h"
#include "run_state.h"
#include "scenario.h"

namespace secondlook {

// Something the player did besides replying, and what it earned.
struct ActionRecord {
    std::string id;  // as chosen: "flag:the-turn.3", "screenshot", ...
    ActionRequest::Kind kind = ActionRequest::Kind::Screenshot;
    std::string node;                   // where play was
    std::vector<ScoreAward> awarded;    // points this action earned (often none)
    std::string feedback;
    Tone tone = Tone::Neutral;
    std::vector<std::string> captured;  // evidence ids this action captured
    int capture_number = 0;             // screenshots: 1, 2, ... in the locker
};

// Something the player sees, in order.
struct RunEvent {
    enum class Kind { NodeEntered, Message, Reply, Action };
    Kind kind = Kind::NodeEntered;
    std::size_t node = 0;
    const Message* message = nullptr;  // for Message
    const Choice* choice = nullptr;    // for Reply: what the player chose (and its feedback)
    int clock_minutes = 0;             // the time shown on it
    std::string contact;               // whose conversation it belongs to
    std::size_t action = 0;            // for Action: index into Run::actions()
};

// The path taken: each node entered and the choice made there, if any.
struct RunStep {
    std::string node;
    std::string choice;  // empty when play moved on by itself or ended here
};

// Something on screen the player could flag as a warning sign.
struct FlagTarget {
    std::string id;                     // what follows "flag:"
    std::string text;                   // the message, or "Label: value"
    const WarningSign* sign = nullptr;  // null for an ordinary detail
};

// A warning sign the player has seen, and whether they flagged it.
struct SignResult {
    FlagTarget target;
    bool caught = false;
};

// An evidence item the locker lists, and whether it has been captured.
struct EvidenceStatus {
    const EvidenceItem* item = nullptr;
    bool captured = false;
    int capture_number = 0;  // 0 when recorded by hand rather than by screenshot
};

class Run {
public:
    explicit Run(std::shared_ptr<const Scenario> scenario);

    const Scenario& scenario() const { return *scenario_; }
    const Node& node() const { return scenario_->nodes[state_.node]; }
    // The choices offered now; in a class's play, never one marked `in_class: false`.
    std::vector<const Choice*> offered() const;
    // A class deciding together (projector mode) is never offered a reply
    // that gives in to the ask: its play stops safely there instead.
    void set_class_play(bool on) { class_play_ = on; }
    bool class_play() const { return class_play_; }

    // Takes the offered choice with this id. On an unknown id or a choice not
    // offered now, returns false and explains why in *error.
    bool choose(const std::string& choice_id, std::string* error = nullptr);
    // A choice id or an action id (see action_id.h): what `--choose` takes.
    bool act(const std::string& id, std::string* error = nullptr);
    // Lets the countdown run on (the window calls it as real time passes).
    void advance(double seconds);

    bool finished() const { return state_.finished; }
    // The ending reached last: after a continuation, the continuation's.
    const Ending* ending() const { return finished() ? &*node().ending : nullptr; }
    // True at an ending that offers "See what could have happened" (the
    // action "continue" goes on into it).
    bool can_continue() const { return finished() && node().continues(); }
    // The early ending this play went on from into its continuation, or null.
    const Node* early_ending() const { return early_ending_ ? &scenario_->nodes[*early_ending_] : nullptr; }
    // True while play is in a continuation (its nodes are marked so).
    bool in_continuation() const { return node().continuation; }

    const std::vector<RunEvent>& events() const { return events_; }
    const std::vector<RunStep>& steps() const { return steps_; }
    const std::vector<ActionRecord>& actions() const { return actions_; }
    const RunState& state() const { return state_; }
    int total_points() const { return state_.total_points(); }
    int points(const std::string& objective) const;
    // The points this play has offered so far: what it is scored against.
    const OfferedScore& offered_score() const { return offered_score_; }

    // Who the player is talking to now (the last node that named a contact).
    const CastMember* contact() const;
    // The profile card open now, or null.
    const CastMember* open_profile() const { return scenario_->find_cast(profile_open_); }
    // Cast members the player has met (talked to or heard from) so far.
    const std::set<std::string>& met() const { return met_; }

    int stress() const { return state_.stress; }
    bool high_stress() const { return state_.stress >= kHighStress; }
    // The countdown of the node showing, or null; and its seconds left.
    const Countdown* countdown() const;
    double countdown_left() const;
    // What is being demanded now: the countdown's amount, raised by demands so far.
    std::string demanded() const;

    // What can be flagged now: messages since the last reply, and the details
    // of an open profile card or friend request.
    std::vector<FlagTarget> flaggable() const;
    bool flagged(const std::string& target_id) const { return flagged_.count(target_id) > 0; }
    // Every warning sign the player could have flagged so far, caught or not
    // (the debrief's list): a sign on a message with no Flag button, or on a
    // profile never shown, is not theirs to have missed.
    std::vector<SignResult> signs() const;
    // The evidence items that matter in this play, captured or not.
    std::vector<EvidenceStatus> evidence() const;

private:
    void enter(std::size_t node);
    // What entering a node does besides moving: steps, events, messages.
    std::function<void(std::size_t)> on_enter();
    // Marks someone as met (their profile can now be opened).
    void meet(const std::string& cast_id);
    void raise_stress(int amount);
    void push_message(const Message& message);
    // True for a message that carried a Flag button: from someone untrusted,
    // at a node whose messages can be flagged.
    bool offers_flag(const RunEvent& event) const;
    ActionRecord& record(const ActionRequest& request, const std::string& id);
    bool perform(const ActionRequest& request, const std::string& id, std::string* error);
    bool flag(const std::string& target, const std::string& id, std::string* error);
    bool record_detail(const ActionRequest& request, const std::string& id, std::string* error);
    void screenshot(const std::string& id);
    bool calm(const std::string& id, std::string* error);
    bool continue_story(const std::string& id, std::string* error);
    void capture(const EvidenceItem& item, int capture_number, ActionRecord& action);

    std::shared_ptr<const Scenario> scenario_;
    RunState state_;
    std::vector<RunEvent> events_;
    std::vector<RunStep> steps_;
    std::vector<ActionRecord> actions_;
    std::string contact_id_;
    std::string profile_open_;
    std::set<std::string> met_;
    bool class_play_ = false;
    OfferedScore offered_score_;
    std::set<std::string> profiles_seen_;  // cards opened or requests shown
    std::set<std::string> flagged_;
    std::map<std::string, int> captured_;  // evidence id to capture number
    int screenshots_ = 0;
    std::size_t moment_start_ = 0;  // first event since the last reply: what can be flagged
    double countdown_elapsed_ = 0;
    std::size_t demands_sent_ = 0;
    bool deadline_passed_ = false;
    int clock_minutes_ = 0;
    std::optional<std::size_t> early_ending_;
};

}  // namespace secondlook
