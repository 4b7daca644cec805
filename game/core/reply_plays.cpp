#include "reply_plays.h"

#include <set>
#include <tuple>

namespace secondlook {
namespace {

class ReplyWalker {
public:
    ReplyWalker(const std::function<void(const Run&)>& on_play, std::size_t limit) : on_play_(on_play), limit_(limit) {}

    void visit(const Run& run) {
        if (walk_.plays >= limit_) {
            walk_.complete = false;
            return;
        }
        if (run.finished()) {
            ++walk_.plays;
            on_play_(run);
            return;
        }
        // A counter grown in a loop makes endless distinct plays; past this
        // length (far beyond any real play) the walk is incomplete, not endless.
        constexpr std::size_t kLongestPlay = 1000;
        if (run.steps().size() >= kLongestPlay) {
            walk_.complete = false;
            return;
        }
        const RunState& state = run.state();
        // Replies never depend on how high stress is, only on whether a
        // calming breath has been offered yet (stress above zero).
        Visit here{state.node, state.variables, state.scored, state.stress > 0};
        if (!path_.insert(here).second) return;
        for (const Choice* choice : run.offered()) {
            Run next = run;
            next.choose(choice->id);
            visit(next);
        }
        path_.erase(here);
    }

    ReplyWalk result() const { return walk_; }

private:
    using Visit = std::tuple<std::size_t, Variables, std::set<std::string>, bool>;
    const std::function<void(const Run&)>& on_play_;
    std::size_t limit_;
    std::set<Visit> path_;
    ReplyWalk walk_;
};

}  // namespace

ReplyWalk walk_reply_plays(const std::shared_ptr<const Scenario>& scenario, const std::function<void(const Run&)>& on_play,
                           std::size_t play_limit) {
    ReplyWalker walker(on_play, play_limit);
    walker.visit(Run(scenario));
    return walker.result();
}

}  // namespace secondlook
