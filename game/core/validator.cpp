#include "validator.h"

#include <algorithm>
#include <set>
#include <vector>

#include "action_id.h"
#include "continuation_check.h"
#include "scenario_loader.h"

namespace secondlook {
namespace {

// Every node a node can lead to, ignoring conditions; an ending leads on to
// its continuation, if it has one.
std::vector<std::size_t> successors(const Node& node) {
    std::vector<std::size_t> next;
    if (const Continuation* continuation = node.continues())
        if (continuation->target != kUnresolved) next.push_back(continuation->target);
    for (const auto& choice : node.choices)
        if (choice.target != kUnresolved) next.push_back(choice.target);
    for (const auto& branch : node.branches)
        if (branch.target != kUnresolved) next.push_back(branch.target);
    return next;
}

std::vector<bool> reachable_from_start(const Scenario& scenario) {
    std::vector<bool> seen(scenario.nodes.size(), false);
    if (scenario.start == kUnresolved || scenario.nodes.empty()) return seen;
    std::vector<std::size_t> stack{scenario.start};
    seen[scenario.start] = true;
    while (!stack.empty()) {
        std::size_t index = stack.back();
        stack.pop_back();
        for (std::size_t next : successors(scenario.nodes[index])) {
            if (seen[next]) continue;
            seen[next] = true;
            stack.push_back(next);
        }
    }
    return seen;
}

std::vector<bool> can_reach_an_ending(const Scenario& scenario) {
    const std::size_t count = scenario.nodes.size();
    std::vector<std::vector<std::size_t>> predecessors(count);
    std::vector<std::size_t> stack;
    std::vector<bool> ends(count, false);
    for (std::size_t i = 0; i < count; ++i) {
        for (std::size_t next : successors(scenario.nodes[i])) predecessors[next].push_back(i);
        if (scenario.nodes[i].is_ending()) {
            ends[i] = true;
            stack.push_back(i);
        }
    }
    while (!stack.empty()) {
        std::size_t index = stack.back();
        stack.pop_back();
        for (std::size_t previous : predecessors[index]) {
            if (ends[previous]) continue;
            ends[previous] = true;
            stack.push_back(previous);
        }
    }
    return ends;
}

void check_reachability(const Scenario& scenario, Diagnostics& diagnostics) {
    auto reachable = reachable_from_start(scenario);
    auto ending_ahead = can_reach_an_ending(scenario);
    bool any_ending = false;
    for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
        const Node& node = scenario.nodes[i];
        any_ending = any_ending || node.is_ending();
        if (scenario.start == kUnresolved) continue;
        if (!reachable[i]) {
            diagnostics.error(node.where, std::string(node.is_ending() ? "ending" : "node") + " '" +
                                              node.id + "' can never be reached from the start ('" +
                                              scenario.start_id + "'); add a choice or branch that goes to it, or remove it");
        } else if (!ending_ahead[i] && (!node.choices.empty() || !node.branches.empty())) {
            diagnostics.error(node.where, "from node '" + node.id +
                                              "' no ending can be reached; give its loop a way out to an ending");
        }
    }
    if (!any_ending)
        diagnostics.error(scenario.where, "the scenario has no ending; add a node with 'ending:'");
}

void check_ways_on(const Scenario& scenario, Diagnostics& diagnostics) {
    for (const auto& node : scenario.nodes) {
        if (node.countdown && node.choices.empty())
            diagnostics.error(node.where, "node '" + node.id +
                                              "' has a countdown but no choices; a countdown runs while the player decides");
        if (node.is_ending()) continue;
        if (node.choices.empty() && node.branches.empty()) {
            diagnostics.error(node.where, "node '" + node.id +
                                              "' has no way on; add 'choices', 'next', 'branches' or 'ending'");
            continue;
        }
        bool unconditional_choice = std::any_of(node.choices.begin(), node.choices.end(),
                                                [](const Choice& c) { return !c.condition; });
        if (!node.choices.empty() && !unconditional_choice && node.branches.empty())
            diagnostics.error(node.where, "every choice of node '" + node.id +
                                              "' has an 'if'; add 'next:' for when none is offered");
        if (node.choices.empty() && !node.branches.empty() && node.branches.back().condition)
            diagnostics.error(node.branches.back().where,
                              "the last branch of node '" + node.id +
                                  "' has an 'if'; the last branch must have none so play always goes on");
    }
}

// Nodes without choices are passed through at once; a loop made only of them
// would never stop.
void check_automatic_loops(const Scenario& scenario, Diagnostics& diagnostics) {
    const std::size_t count = scenario.nodes.size();
    enum Mark { Unvisited, Active, Done };
    std::vector<Mark> marks(count, Unvisited);
    auto automatic = [&](std::size_t i) { return scenario.nodes[i].choices.empty(); };
    for (std::size_t root = 0; root < count; ++root) {
        if (marks[root] != Unvisited || !automatic(root)) continue;
        std::vector<std::pair<std::size_t, std::size_t>> stack{{root, 0}};
        marks[root] = Active;
        while (!stack.empty()) {
            auto& [index, next_branch] = stack.back();
            const auto& branches = scenario.nodes[index].branches;
            if (next_branch == branches.size()) {
                marks[index] = Done;
                stack.pop_back();
                continue;
            }
            std::size_t target = branches[next_branch++].target;
            if (target == kUnresolved || !automatic(target)) continue;
            if (marks[target] == Active) {
                diagnostics.error(scenario.nodes[target].where,
                                  "node '" + scenario.nodes[target].id +
                                      "' is in a loop of nodes without choices, which would never stop; "
                                      "give one of them a choice");
            } else if (marks[target] == Unvisited) {
                marks[target] = Active;
                stack.push_back({target, 0});
            }
        }
    }
}

void check_feedback(const Scenario& scenario, Diagnostics& diagnostics) {
    for (const auto& node : scenario.nodes)
        for (const auto& choice : node.choices)
            if (is_action_word(choice.id))
                diagnostics.error(choice.where, "choice id '" + choice.id +
                                                    "' is the name of an action (screenshot, calm, close-profile, continue); pick another");
            else if (choice.feedback.empty())
                diagnostics.error(choice.where, "choice '" + choice.id +
                                                    "' has no 'feedback:'; every choice explains, kindly, why it matters");
}

void check_objectives(const Scenario& scenario, Diagnostics& diagnostics) {
    std::set<std::string> declared(scenario.objectives.begin(), scenario.objectives.end());
    std::set<std::string> scored;
    auto check = [&](const std::vector<ScoreAward>& awards, const SourceLocation& where, const std::string& what) {
        for (const auto& award : awards) {
            scored.insert(award.objective);
            if (!declared.count(award.objective))
                diagnostics.error(where, what + " scores " + award.objective +
                                             ", which is not in the scenario's 'objectives'; add it there");
        }
    };
    for (const auto& node : scenario.nodes) {
        for (const auto& choice : node.choices) check(choice.score, choice.where, "choice '" + choice.id + "'");
        for (const auto& message : node.messages)
            if (message.sign) check(message.sign->score, message.where, "the warning sign '" + message.id + "'");
        if (node.countdown)
            for (const auto& demand : node.countdown->demands)
                if (demand.message.sign)
                    check(demand.message.sign->score, demand.message.where, "the warning sign '" + demand.message.id + "'");
    }
    for (const auto& member : scenario.cast)
        for (const auto& field : member.profile)
            if (field.sign) check(field.sign->score, member.where, "the warning sign '" + member.id + "." + field.id + "'");
    for (const auto& item : scenario.evidence) check(item.score, item.where, "evidence item '" + item.id + "'");
    check(scenario.calm_score, scenario.where, "'calm'");
    for (const auto& objective : scenario.objectives)
        if (!scored.count(objective))
            diagnostics.error(scenario.where, "objective " + objective +
                                                  " is declared but nothing scores it; score it or remove it from 'objectives'");
}

// Only a cast member's messages can be flagged, never a trusted one's, and
// only where the node draws Flag buttons: a sign anywhere else could never be
// caught, yet would count in the maximum.
void check_signs(const Scenario& scenario, Diagnostics& diagnostics) {
    auto check = [&](const Node& node, const Message& message) {
        if (!message.sign) return;
        if (!node.flags)
            diagnostics.error(message.sign->where,
                              "message '" + message.id + "' has a 'sign:', but node '" + node.id +
                                  "' shows no Flag buttons ('flags: off', the default on a blackmail screen, under a "
                                  "countdown and on mock apps and cuts); remove the sign, or add 'flags: on' to a "
                                  "chat, friend-request, call or blackmail node if it really is a sign to spot");
        const CastMember* sender = scenario.find_cast(message.from);
        if (!sender)
            diagnostics.error(message.where, "message '" + message.id + "' has a 'sign:' but is from '" + message.from +
                                                 "'; only a cast member's messages can be flagged, so move the sign "
                                                 "to one of theirs");
        else if (sender->trusted)
            diagnostics.error(message.where, "message '" + message.id + "' has a 'sign:' but '" + sender->id +
                                                 "' is trusted, so it cannot be flagged; remove the sign or 'trusted'");
    };
    for (const auto& node : scenario.nodes) {
        for (const auto& message : node.messages) check(node, message);
        if (node.countdown)
            for (const auto& demand : node.countdown->demands) check(node, demand.message);
    }
}

void check_variables(const Scenario& scenario, Diagnostics& diagnostics) {
    std::set<std::string> written;
    for (const auto& node : scenario.nodes)
        for (const auto& choice : node.choices)
            for (const auto& effect : choice.effects) written.insert(effect.variable);
    auto check = [&](const std::optional<Condition>& condition, const SourceLocation& where) {
        if (!condition) return;
        for (const auto& name : condition->variables())
            if (!written.count(name))
                diagnostics.error(where, "condition '" + condition->text() + "' reads '" + name +
                                             "', which no choice sets or adds; check the spelling");
    };
    for (const auto& node : scenario.nodes) {
        for (const auto& choice : node.choices) check(choice.condition, choice.where);
        for (const auto& branch : node.branches) check(branch.condition, branch.where);
    }
    for (const auto& item : scenario.evidence) check(item.condition, item.where);
    for (const auto& [objective, condition] : scenario.applies_if) check(condition, scenario.applies_if_where);
}

}  // namespace

void validate_scenario(const Scenario& scenario, Diagnostics& diagnostics) {
    check_reachability(scenario, diagnostics);
    check_ways_on(scenario, diagnostics);
    check_automatic_loops(scenario, diagnostics);
    check_feedback(scenario, diagnostics);
    check_objectives(scenario, diagnostics);
    check_signs(scenario, diagnostics);
    check_variables(scenario, diagnostics);
    check_continuations(scenario, diagnostics);
}

}  // namespace secondlook
