#include "records/learning_gain.h"

#include <map>
#include <set>
#include <tuple>

#include "core/objectives.h"

namespace secondlook {
namespace {

int rounded_percent(std::size_t part, std::size_t whole) {
    return whole ? static_cast<int>((part * 100 + whole / 2) / whole) : 0;
}

}  // namespace

int ObjectiveGain::before_percent() const { return rounded_percent(before_right, before_asked); }
int ObjectiveGain::after_percent() const { return rounded_percent(after_right, after_asked); }

LearningGain learning_gain(const std::vector<CheckAnswerRecord>& answers) {
    using Player = std::pair<std::string, std::string>;  // session, nickname
    std::map<std::tuple<Player, std::string, std::string>, const CheckAnswerRecord*> latest;  // player, phase, question
    std::set<Player> before, after;
    for (const auto& answer : answers) {
        const Player player{answer.session, answer.player};
        (answer.phase == "pre" ? before : after).insert(player);
        auto& kept = latest[{player, answer.phase, answer.question}];
        if (!kept || kept->at <= answer.at) kept = &answer;
    }
    LearningGain gain;
    gain.took_before = before.size();
    gain.took_after = after.size();
    std::map<std::string, ObjectiveGain> by_objective;
    for (const auto& [key, answer] : latest) {
        const Player& player = std::get<0>(key);
        if (!before.count(player) || !after.count(player)) continue;
        auto& objective = by_objective[answer->objective];
        if (answer->phase == "pre") {
            objective.before_asked += 1;
            objective.before_right += answer->correct ? 1 : 0;
        } else {
            objective.after_asked += 1;
            objective.after_right += answer->correct ? 1 : 0;
        }
    }
    for (const auto& player : before) gain.took_both += after.count(player);
    for (const auto& objective : objective_catalogue())
        if (auto found = by_objective.find(objective.id); found != by_objective.end()) {
            found->second.objective = objective.id;
            gain.objectives.push_back(found->second);
        }
    return gain;
}

std::string gain_line(const ObjectiveGain& gain) {
    const int change = gain.change();
    return gain.objective + ": " + std::to_string(gain.before_percent()) + "% before, " +
           std::to_string(gain.after_percent()) + "% after (" + (change > 0 ? "+" : "") + std::to_string(change) + ")";
}

}  // namespace secondlook
