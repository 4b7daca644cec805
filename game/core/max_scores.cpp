#include "max_scores.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <limits>
#include <stdexcept>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph_components.h"
#include "play_explorer.h"
#include "run_state.h"

namespace secondlook {
namespace {

// What decides the rest of a play. Two plays in the same situation can go on
// the same ways and score the same from there, so each is walked once.
struct Situation {
    std::size_t node = 0;
    Variables variables;           // only those some condition reads
    int stress = 0;                // 0 once it can no longer earn the calming breath's points
    std::set<std::string> scored;  // only keys that can still score from here

    bool operator==(const Situation& other) const {
        return std::tie(node, variables, stress, scored) == std::tie(other.node, other.variables, other.stress, other.scored);
    }
};

// Hashed rather than ordered: ordering compares the variables and keys of
// every situation at the same node, string by string, on each lookup.
struct SituationHash {
    std::size_t operator()(const Situation& situation) const {
        std::size_t hash = situation.node;
        auto mix = [&hash](std::size_t value) { hash ^= value + 0x9e3779b97f4a7c15ULL + (hash << 6) + (hash >> 2); };
        const std::hash<std::string> text;
        for (const auto& [name, value] : situation.variables) {
            mix(text(name));
            mix(static_cast<std::size_t>(value));
        }
        mix(static_cast<std::size_t>(situation.stress));
        for (const auto& key : situation.scored) mix(text(key));
        return hash;
    }
};

struct Step {
    std::size_t to;
    std::map<std::string, int> gain;  // points earned on the way, by objective
};

struct Best {
    bool reaches_ending = false;
    int total = 0;
    std::map<std::string, int> by_objective;
};

int total_of(const std::map<std::string, int>& points) {
    int total = 0;
    for (const auto& [objective, value] : points) total += value;
    return total;
}

class SituationWalk {
public:
    SituationWalk(const Scenario& scenario, std::size_t limit)
        : scenario_(scenario), actions_(scenario), limit_(limit) {
        std::vector<std::vector<std::size_t>> leads_to(scenario.nodes.size());
        for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
            const Node& node = scenario.nodes[i];
            for (const auto& choice : node.choices) leads_to[i].push_back(choice.target);
            for (const auto& branch : node.branches) leads_to[i].push_back(branch.target);
            if (const Continuation* continuation = node.continues()) leads_to[i].push_back(continuation->target);
            for (const auto& choice : node.choices) {
                if (choice.condition) note_read(*choice.condition);
                for (const auto& effect : choice.effects)
                    if (effect.op == Effect::Op::Add) read_[effect.variable].note_add(effect.value);
            }
            for (const auto& branch : node.branches)
                if (branch.condition) note_read(*branch.condition);
        }
        node_part_ = graph_components(leads_to);
        // Where each key can score: a choice at its node, an action wherever
        // it is credited (with stress high, so the calming breath is everywhere).
        for (std::size_t i = 0; i < scenario.nodes.size(); ++i) {
            RunState probe;
            probe.stress = 100;
            actions_.credit(probe, i);
            for (const auto& choice : scenario.nodes[i].choices)
                if (!choice.score.empty()) probe.scored.insert(choice.id);
            for (const auto& key : probe.scored) {
                auto [at, added] = lowest_part_.emplace(key, node_part_.of[i]);
                if (!added) at->second = std::min(at->second, node_part_.of[i]);
            }
        }
    }

    MaxScores run() {
        MaxScores result;
        RunState state;
        std::size_t start;
        try {
            enter_node(scenario_, state, scenario_.start, credit(state));
            start = add(settle(state));
        } catch (const std::runtime_error&) {
            return result;  // the validator reports such a scenario
        }
        const std::map<std::string, int> first_points = state.points;
        for (std::size_t next = 0; next < situations_.size(); ++next) {
            if (situations_.size() > limit_) {
                result.situations = situations_.size();
                result.complete = false;
                return result;
            }
            expand(next, result.endings);
        }
        result.situations = situations_.size();
        const Best best = best_from(start);
        if (!best.reaches_ending) return result;
        result.total = total_of(first_points) + best.total;
        for (const auto& [objective, value] : first_points) result.by_objective[objective] += value;
        for (const auto& [objective, value] : best.by_objective) result.by_objective[objective] += value;
        return result;
    }

private:
    std::function<void(std::size_t)> credit(RunState& state) const {
        return [this, &state](std::size_t index) { actions_.credit(state, index); };
    }

    // Leaves out what cannot change the rest of the play: variables no
    // condition reads, counters past what conditions tell apart, keys whose
    // every scoring place lies behind (in a part of the story this node
    // cannot lead back to), and stress once the calming breath has scored or
    // never can.
    // Takes the state by value and trims it in place: most of what a state
    // holds is kept, and moving it costs nothing where copying allocates.
    Situation settle(RunState state) const {
        Situation situation;
        situation.node = state.node;
        for (auto variable = state.variables.begin(); variable != state.variables.end();) {
            const auto read = read_.find(variable->first);
            const bool is_read = read != read_.end() && read->second.read;
            variable->second = is_read ? read->second.telling(variable->second) : 0;
            variable = variable->second == 0 ? state.variables.erase(variable) : std::next(variable);  // unset is 0
        }
        situation.variables = std::move(state.variables);
        const std::size_t here = node_part_.of[state.node];
        for (auto key = state.scored.begin(); key != state.scored.end();) {
            const auto lowest = lowest_part_.find(*key);
            key = lowest == lowest_part_.end() || lowest->second <= here ? std::next(key) : state.scored.erase(key);
        }
        situation.scored = std::move(state.scored);
        const bool calm_open = !scenario_.calm_score.empty() && !situation.scored.count("calm");
        situation.stress = calm_open ? state.stress : 0;
        return situation;
    }

    std::size_t add(Situation situation) {
        auto [at, added] = index_.emplace(std::move(situation), situations_.size());
        if (added) {
            situations_.push_back(&at->first);
            steps_.emplace_back();
        }
        return at->second;
    }

    void expand(std::size_t index, std::set<std::string>& endings) {
        const Situation& situation = *situations_[index];
        RunState state;
        state.node = situation.node;
        state.variables = situation.variables;
        state.stress = situation.stress;
        state.scored = situation.scored;
        // Each way on: a choice, or from an early ending its continuation.
        auto step = [&](auto&& go) {
            RunState next = state;
            try {
                go(next);
            } catch (const std::runtime_error&) {
                return;  // a dead end no play can finish; the validator reports it
            }
            std::map<std::string, int> gain = std::move(next.points);
            const std::size_t to = add(settle(std::move(next)));
            steps_[index].push_back({to, std::move(gain)});
        };
        if (scenario_.nodes[state.node].is_ending()) {
            endings.insert(scenario_.nodes[state.node].id);
            state.finished = true;
            if (scenario_.nodes[state.node].continues())
                step([&](RunState& next) { enter_continuation(scenario_, next, credit(next)); });
            return;
        }
        for (const Choice* choice : offered_choices(scenario_, state))
            step([&](RunState& next) {
                apply_choice(next, *choice);
                enter_node(scenario_, next, choice->target, credit(next));
            });
    }

    // The most each situation can still earn, from the endings backwards:
    // parts of the situation graph in the order graph_components numbers
    // them. Within one part no step earns anything (a point earned is kept
    // in `scored`, so no step could lead back), so its situations share one best.
    Best best_from(std::size_t start) const {
        std::vector<std::vector<std::size_t>> leads_to(situations_.size());
        for (std::size_t i = 0; i < situations_.size(); ++i)
            for (const auto& step : steps_[i]) leads_to[i].push_back(step.to);
        const GraphComponents parts = graph_components(leads_to);
        std::vector<std::vector<std::size_t>> members(parts.count);
        for (std::size_t i = 0; i < situations_.size(); ++i) members[parts.of[i]].push_back(i);
        std::vector<Best> best(parts.count);
        for (std::size_t part = 0; part < parts.count; ++part) {
            Best& mine = best[part];
            for (std::size_t i : members[part]) {
                if (scenario_.nodes[situations_[i]->node].is_ending()) mine.reaches_ending = true;
                for (const auto& step : steps_[i]) {
                    if (parts.of[step.to] == part) continue;  // earns nothing, as said above
                    const Best& after = best[parts.of[step.to]];
                    if (!after.reaches_ending) continue;
                    mine.reaches_ending = true;
                    mine.total = std::max(mine.total, total_of(step.gain) + after.total);
                    // Per objective: what this step earns plus the best after it.
                    std::map<std::string, int> through = after.by_objective;
                    for (const auto& [objective, value] : step.gain) through[objective] += value;
                    for (const auto& [objective, value] : through)
                        mine.by_objective[objective] = std::max(mine.by_objective[objective], value);
                }
            }
        }
        return best[parts.of[start]];
    }

    const Scenario& scenario_;
    PossibleActions actions_;
    std::size_t limit_;
    // What the conditions can tell of a variable. A counter that only goes
    // up (add: 1 in a loop) would make endless situations; past the largest
    // number a condition compares it with, every value reads the same, so
    // one stands for them all. Likewise below the smallest, going down.
    struct VariableUse {
        bool read = false;
        int lowest = 0, highest = 0;  // compared with (truthy and falsy compare with 0)
        bool goes_up = false, goes_down = false;

        void note_add(int value) {
            goes_up = goes_up || value > 0;
            goes_down = goes_down || value < 0;
        }
        int telling(int value) const {
            if (!goes_down && value > highest && highest < std::numeric_limits<int>::max()) return highest + 1;
            if (!goes_up && value < lowest && lowest > std::numeric_limits<int>::min()) return lowest - 1;
            return value;
        }
    };
    void note_read(const Condition& condition) {
        for (const auto& clause : condition.clauses()) {
            VariableUse& use = read_[clause.variable];
            const bool numeric = clause.op != Condition::Op::Truthy && clause.op != Condition::Op::Falsy;
            const int compared = numeric ? clause.value : 0;
            use.lowest = use.read ? std::min(use.lowest, compared) : std::min(0, compared);
            use.highest = use.read ? std::max(use.highest, compared) : std::max(0, compared);
            use.read = true;
        }
    }
    std::unordered_map<std::string, VariableUse> read_;
    GraphComponents node_part_;                       // the story's nodes in parts
    std::unordered_map<std::string, std::size_t> lowest_part_;  // key: the lowest part where it can score
    std::unordered_map<Situation, std::size_t, SituationHash> index_;
    std::vector<const Situation*> situations_;        // keys of index_, which never move, even on rehashing
    std::vector<std::vector<Step>> steps_;
};

}  // namespace

MaxScores max_scores(const Scenario& scenario, std::size_t situation_limit) {
    if (scenario.nodes.empty()) return {};
    return SituationWalk(scenario, situation_limit).run();
}

MaxScores check_max_score_exact(const Scenario& scenario, Diagnostics& diagnostics) {
    MaxScores scores = max_scores(scenario);
    if (scores.complete) return scores;
    diagnostics.error(scenario.start_where,
                      "the plays of this scenario are too many to walk exactly: " + std::to_string(scores.situations) +
                          " distinct situations of play were counted before stopping (the most walked is " +
                          std::to_string(kMaxSituations) +
                          "), so its maximum score cannot be known; let fewer choices set flags that later "
                          "conditions read, or split the story into several scenarios");
    return scores;
}

void fill_max_scores(Scenario& scenario) { scenario.keep_maxima(max_scores(scenario)); }

const MaxScores& Scenario::maxima() const {
    if (!maxima_)
        throw std::logic_error("scenario '" + id + "': its maximum scores were never worked out; load it with "
                               "load_scenario_file, or call fill_max_scores on a scenario built in code");
    if (!maxima_->complete)
        throw std::logic_error("scenario '" + id + "': its maximum scores cannot be known exactly (see its lint error)");
    return *maxima_;
}

void Scenario::keep_maxima(MaxScores maxima) { maxima_ = std::make_shared<const MaxScores>(std::move(maxima)); }

}  // namespace secondlook
