// What one play offered: the points still available at the moments the
// player actually met. A play is scored against this, not against the best
// play of the whole scenario, so stopping the blackmailer at the first step
// is the best result of that path, and objectives the play never reached
// count in no maximum.
//
// Run feeds it as the play goes: each message shown, each person met, each
// node entered and each choice made. The rules mirror what Run lets the
// player do, so nothing the player could not have done is ever offered.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "run_state.h"
#include "scenario.h"

namespace secondlook {

class OfferedScore {
public:
    // A message on screen: its warning sign can be flagged (if its sender is
    // not trusted), and evidence made of it can be screenshotted.
    void message_shown(const Scenario& scenario, const Message& message);
    // Someone met: their profile can be opened, its signs flagged and its
    // account ID and link recorded.
    void person_met(const Scenario& scenario, const CastMember& member);
    // A node entered: a receipt on it can be screenshotted.
    void node_entered(const Scenario& scenario, const Node& node);
    // The stress meter moved: above zero, a calming breath can be taken.
    void stress_now(const Scenario& scenario, int stress);
    // A choice about to be made at `node` among `available`: the best of
    // them, counting only choices that have not already scored in this play
    // (`play`). Coming back to the same choice (a loop: a wrong reason on a
    // report form sends the player back to the list) offers nothing new.
    void choice_offered(const Node& node, const std::vector<const Choice*>& available, const RunState& play);

    int total() const { return total_; }
    // Per objective, what the play offered for it (0: not reached).
    int for_objective(const std::string& objective) const;

private:
    void add_once(const std::string& key, const std::vector<ScoreAward>& awards);

    RunState credited_;  // the same once-only keys Run scores with
    std::set<std::string> choices_met_;  // each node with the choices still to score there
    std::map<std::string, int> by_objective_;
    int total_ = 0;
};

}  // namespace secondlook
