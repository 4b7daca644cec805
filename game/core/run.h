// One play of a scenario: the state machine the window, the command line and
// the tests all drive the same way. Enter, read what happened (events), offer
// choices, choose by id, until an ending.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "run_state.h"
#include "scenario.h"

namespace secondlook {

// Something the player sees, in order.
struct RunEvent {
    enum class Kind { NodeEntered, Message, Reply };
    Kind kind = Kind::NodeEntered;
    std::size_t node = 0;
    const Message* message = nullptr;  // for Message
    const Choice* choice = nullptr;    // for Reply: what the player chose (and its feedback)
    int clock_minutes = 0;             // the time shown on it
    std::string contact;               // whose conversation it belongs to
};

// The path taken: each node entered and the choice made there, if any.
struct RunStep {
    std::string node;
    std::string choice;  // empty when play moved on by itself or ended here
};

class Run {
public:
    explicit Run(std::shared_ptr<const Scenario> scenario);

    const Scenario& scenario() const { return *scenario_; }
    const Node& node() const { return scenario_->nodes[state_.node]; }
    std::vector<const Choice*> offered() const { return offered_choices(*scenario_, state_); }

    // Takes the offered choice with this id. On an unknown id or a choice not
    // offered now, returns false and explains why in *error.
    bool choose(const std::string& choice_id, std::string* error = nullptr);

    bool finished() const { return state_.finished; }
    const Ending* ending() const { return finished() ? &*node().ending : nullptr; }

    const std::vector<RunEvent>& events() const { return events_; }
    const std::vector<RunStep>& steps() const { return steps_; }
    const RunState& state() const { return state_; }
    int total_points() const { return state_.total_points(); }
    int points(const std::string& objective) const;

    // Who the player is talking to now (the last node that named a contact).
    const CastMember* contact() const;

private:
    void enter(std::size_t node);

    std::shared_ptr<const Scenario> scenario_;
    RunState state_;
    std::vector<RunEvent> events_;
    std::vector<RunStep> steps_;
    std::string contact_id_;
    int clock_minutes_ = 0;
};

}  // namespace secondlook
