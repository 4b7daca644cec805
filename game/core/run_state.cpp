#include "run_state.h"

#include <algorithm>
#include <stdexcept>

namespace secondlook {

int RunState::total_points() const {
    int total = 0;
    for (const auto& [objective, value] : points) total += value;
    return total;
}

std::vector<const Choice*> offered_choices(const Scenario& scenario, const RunState& state) {
    std::vector<const Choice*> offered;
    if (state.finished) return offered;
    for (const auto& choice : scenario.nodes[state.node].choices)
        if (!choice.condition || choice.condition->holds(state.variables)) offered.push_back(&choice);
    return offered;
}

std::vector<ScoreAward> award_once(RunState& state, const std::string& key, const std::vector<ScoreAward>& awards) {
    if (awards.empty() || !state.scored.insert(key).second) return {};
    for (const auto& award : awards) state.points[award.objective] += award.points;
    return awards;
}

void add_stress(RunState& state, int amount) { state.stress = std::clamp(state.stress + amount, 0, 100); }

void apply_choice(RunState& state, const Choice& choice) {
    for (const auto& effect : choice.effects) {
        int& value = state.variables[effect.variable];
        value = effect.op == Effect::Op::Set ? effect.value : value + effect.value;
    }
    award_once(state, choice.id, choice.score);
}

void enter_node(const Scenario& scenario, RunState& state, std::size_t node,
                const std::function<void(std::size_t)>& on_enter) {
    // The validator rejects loops of choice-less nodes; this bound keeps an
    // unvalidated scenario from hanging the program all the same.
    const std::size_t limit = scenario.nodes.size() + 1;
    for (std::size_t hops = 0; hops <= limit; ++hops) {
        state.node = node;
        const Node& current = scenario.nodes[node];
        add_stress(state, current.stress);
        if (on_enter) on_enter(node);
        if (current.is_ending()) {
            state.finished = true;
            return;
        }
        if (!offered_choices(scenario, state).empty()) return;
        const Branch* taken = nullptr;
        for (const auto& branch : current.branches)
            if (!branch.condition || branch.condition->holds(state.variables)) {
                taken = &branch;
                break;
            }
        if (!taken)
            throw std::runtime_error("node '" + current.id + "' offers no choice and no branch applies");
        node = taken->target;
    }
    throw std::runtime_error("the branches after node '" + scenario.nodes[node].id +
                             "' loop without ever offering a choice");
}

bool enter_continuation(const Scenario& scenario, RunState& state, const std::function<void(std::size_t)>& on_enter) {
    const Continuation* continuation = state.finished ? scenario.nodes[state.node].continues() : nullptr;
    if (!continuation) return false;
    state.finished = false;
    state.stress = 0;  // the player watches someone else's story, at a distance
    enter_node(scenario, state, continuation->target, on_enter);
    return true;
}

}  // namespace secondlook
