#include "cli/reply_table.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "core/play_score.h"
#include "core/reply_plays.h"

namespace secondlook {
namespace {

struct ReplyPlay {
    std::string ending, choices;
    int earned = 0, offered = 0;
    double scaled = 0;
};

std::string percent(double scaled) { return std::to_string(static_cast<int>(std::lround(scaled * 100))) + "%"; }

std::string line(const ReplyPlay& play) {
    return std::to_string(play.earned) + " of " + std::to_string(play.offered) + "  " + percent(play.scaled);
}

struct EndingPlays {
    std::size_t count = 0;
    ReplyPlay best, worst;
};

}  // namespace

int print_reply_table(const std::shared_ptr<const Scenario>& scenario, std::size_t limit, std::ostream& out,
                      std::ostream& err) {
    std::vector<ReplyPlay> listed;
    std::map<std::string, EndingPlays> endings;
    const ReplyWalk walk = walk_reply_plays(scenario, [&](const Run& run) {
        const PlayScore score = score_play(run);
        ReplyPlay play{run.node().id, "", score.earned, score.offered, score.scaled()};
        for (const auto& step : run.steps())
            if (!step.choice.empty()) play.choices += (play.choices.empty() ? "" : ",") + step.choice;
        EndingPlays& ending = endings[play.ending];
        if (ending.count == 0 || play.scaled > ending.best.scaled) ending.best = play;
        if (ending.count == 0 || play.scaled < ending.worst.scaled) ending.worst = play;
        ++ending.count;
        if (listed.size() <= limit) listed.push_back(std::move(play));
    });
    out << scenario->id << ": " << walk.plays << (walk.plays == 1 ? " play" : " plays") << " that only reply, to "
        << endings.size() << (endings.size() == 1 ? " ending" : " endings")
        << "; each scored against what its own path offered\n";
    if (!walk.complete)
        err << "secondlook paths: stopped after " << walk.plays
            << " plays; the scenario has more, so these are the first ones walked\n";
    if (walk.plays <= limit) {
        std::stable_sort(listed.begin(), listed.end(),
                         [](const ReplyPlay& a, const ReplyPlay& b) { return a.scaled > b.scaled; });
        for (const auto& play : listed) out << line(play) << "  " << play.ending << "  " << play.choices << '\n';
        return 0;
    }
    err << "secondlook paths: " << walk.plays << " plays is more than --limit " << limit
        << "; showing the best and worst play to each ending (raise --limit to list them all)\n";
    for (const auto& [id, plays] : endings) {
        const Node* node = scenario->find_node(id);
        out << id << " (" << to_string(node->ending->outcome) << "): " << plays.count << " plays, "
            << percent(plays.worst.scaled) << " to " << percent(plays.best.scaled) << '\n'
            << "  best  " << line(plays.best) << "  " << plays.best.choices << '\n'
            << "  worst " << line(plays.worst) << "  " << plays.worst.choices << '\n';
    }
    return 0;
}

}  // namespace secondlook
