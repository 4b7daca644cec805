#include "play_explorer.h"

#include <algorithm>
#include <set>
#include <utility>
#include <vector>

#include "run_state.h"

namespace secondlook {
namespace {

class Explorer {
public:
    Explorer(const Scenario& scenario, std::size_t limit) : scenario_(scenario), limit_(limit) {}

    PlaySummary walk() {
        RunState state;
        enter_node(scenario_, state, scenario_.start);
        visit(state);
        return summary_;
    }

private:
    using Visit = std::pair<std::size_t, Variables>;

    void visit(const RunState& state) {
        if (summary_.plays >= limit_) {
            summary_.complete = false;
            return;
        }
        if (state.finished) {
            ++summary_.plays;
            summary_.endings.insert(scenario_.nodes[state.node].id);
            summary_.total = std::max(summary_.total, state.total_points());
            for (const auto& [objective, value] : state.points)
                summary_.by_objective[objective] = std::max(summary_.by_objective[objective], value);
            return;
        }
        Visit here{state.node, state.variables};
        if (std::find(path_.begin(), path_.end(), here) != path_.end()) return;
        path_.push_back(here);
        for (const Choice* choice : offered_choices(scenario_, state)) {
            RunState next = state;
            apply_choice(next, *choice);
            enter_node(scenario_, next, choice->target);
            visit(next);
        }
        path_.pop_back();
    }

    const Scenario& scenario_;
    std::size_t limit_;
    std::vector<Visit> path_;
    PlaySummary summary_;
};

}  // namespace

PlaySummary explore_plays(const Scenario& scenario, std::size_t play_limit) {
    return Explorer(scenario, play_limit).walk();
}

}  // namespace secondlook
