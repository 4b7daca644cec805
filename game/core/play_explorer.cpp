#include "play_explorer.h"

#include <algorithm>
#include <functional>
#include <set>
#include <tuple>
#include <utility>
#include <vector>

#include "run_state.h"

namespace secondlook {

PossibleActions::PossibleActions(const Scenario& scenario) : scenario_(scenario), at_node_(scenario.nodes.size()) {
    for (std::size_t index = 0; index < scenario.nodes.size(); ++index) {
        const Node& node = scenario.nodes[index];
        std::vector<Credit>& credits = at_node_[index];
        auto add = [&](std::string key, const std::vector<ScoreAward>& awards) {
            if (!awards.empty()) credits.push_back({std::move(key), &awards});
        };
        auto message_credits = [&](const Message& message) {
            if (message.sign) add("flag:" + message.id, message.sign->score);
            for (const auto& item : scenario.evidence)
                if (item.source == EvidenceItem::Source::Messages &&
                    std::find(item.messages.begin(), item.messages.end(), message.id) != item.messages.end())
                    add("evidence:" + item.id, item.score);
        };
        std::set<std::string> people;
        if (!node.contact.empty()) people.insert(node.contact);
        for (const auto& message : node.messages) {
            message_credits(message);
            people.insert(message.from);
        }
        if (node.countdown)
            for (const auto& demand : node.countdown->demands) message_credits(demand.message);
        for (const auto& person : people) {
            const CastMember* member = scenario.find_cast(person);
            if (!member) continue;
            for (const auto& field : member->profile)
                if (field.sign) add("flag:" + member->id + "." + field.id, field.sign->score);
            for (const auto& item : scenario.evidence)
                if (item.cast == member->id) add("evidence:" + item.id, item.score);
        }
        for (const auto& item : scenario.evidence)
            if (item.source == EvidenceItem::Source::Receipt && node.receipt) add("evidence:" + item.id, item.score);
    }
}

void PossibleActions::credit(RunState& state, std::size_t index) const {
    for (const Credit& credit : at_node_[index]) award_once(state, credit.key, *credit.awards);
    static const std::string calm = "calm";
    if (state.stress > 0 || scenario_.nodes[index].countdown) award_once(state, calm, scenario_.calm_score);
}

namespace {

class Explorer {
public:
    Explorer(const Scenario& scenario, std::size_t limit, const std::function<void(const Play&)>& on_play)
        : scenario_(scenario), actions_(scenario), limit_(limit), on_play_(on_play) {}

    PlaySummary walk() {
        RunState state;
        enter_node(scenario_, state, scenario_.start, credit(state));
        visit(state);
        return summary_;
    }

private:
    // Coming back to the same node with the same variables, points scored and
    // stress, a play can do nothing it could not do the first time; with less
    // (node and variables only) a loop that scores on the way was cut before
    // its points counted.
    using Visit = std::tuple<std::size_t, Variables, std::set<std::string>, int>;

    std::function<void(std::size_t)> credit(RunState& state) const {
        return [this, &state](std::size_t index) { actions_.credit(state, index); };
    }

    void visit(const RunState& state) {
        if (summary_.plays >= limit_) {
            summary_.complete = false;
            return;
        }
        if (state.finished) {
            ++summary_.plays;
            if (on_play_) on_play_({choices_, scenario_.nodes[state.node].id, state.total_points()});
            summary_.endings.insert(scenario_.nodes[state.node].id);
            summary_.total = std::max(summary_.total, state.total_points());
            for (const auto& [objective, value] : state.points)
                summary_.by_objective[objective] = std::max(summary_.by_objective[objective], value);
            // Stopping at an early ending is one play; going on into its
            // continuation ("continue") makes more.
            RunState next = state;
            if (enter_continuation(scenario_, next, credit(next))) {
                choices_.push_back("continue");
                visit(next);
                choices_.pop_back();
            }
            return;
        }
        // A counter grown in a loop makes endless distinct plays; past this
        // length (far beyond any real play) the walk is incomplete, not endless.
        constexpr std::size_t kLongestPlay = 1000;
        if (choices_.size() >= kLongestPlay) {
            summary_.complete = false;
            return;
        }
        Visit here{state.node, state.variables, state.scored, state.stress};
        if (!path_.insert(here).second) return;
        for (const Choice* choice : offered_choices(scenario_, state)) {
            RunState next = state;
            apply_choice(next, *choice);
            enter_node(scenario_, next, choice->target, credit(next));
            choices_.push_back(choice->id);
            visit(next);
            choices_.pop_back();
        }
        path_.erase(here);
    }

    const Scenario& scenario_;
    PossibleActions actions_;
    std::size_t limit_;
    const std::function<void(const Play&)>& on_play_;
    std::set<Visit> path_;
    std::vector<std::string> choices_;
    PlaySummary summary_;
};

}  // namespace

PlaySummary explore_plays(const Scenario& scenario, std::size_t play_limit,
                          const std::function<void(const Play&)>& on_play) {
    return Explorer(scenario, play_limit, on_play).walk();
}

}  // namespace secondlook
