#include "records/learning_gain.h"

#include "core/objectives.h"

namespace secondlook {
namespace {

int rounded_percent(std::size_t part, std::size_t whole) {
    return whole ? static_cast<int>((part * 100 + whole / 2) / whole) : 0;
}

}  // namespace

int ObjectiveGain::before_percent() const { return rounded_percent(before_right, before_asked); }
int ObjectiveGain::after_percent() const { return rounded_percent(after_right, after_asked); }

void LearningGainCounter::add(const CheckAnswerRecord& answer) {
    const Player player{answer.session, answer.player};
    (answer.phase == "pre" ? before_ : after_).insert(player);
    auto [kept, fresh] = latest_.try_emplace({player, answer.phase, answer.question});
    if (fresh || kept->second.at <= answer.at) kept->second = {answer.at, answer.objective, answer.correct};
}

LearningGain LearningGainCounter::result() const {
    LearningGain gain;
    gain.took_before = before_.size();
    gain.took_after = after_.size();
    std::map<std::string, ObjectiveGain> by_objective;
    for (const auto& [key, answer] : latest_) {
        const Player& player = std::get<0>(key);
        if (!before_.count(player) || !after_.count(player)) continue;
        auto& objective = by_objective[answer.objective];
        if (std::get<1>(key) == "pre") {
            objective.before_asked += 1;
            objective.before_right += answer.correct ? 1 : 0;
        } else {
            objective.after_asked += 1;
            objective.after_right += answer.correct ? 1 : 0;
        }
    }
    for (const auto& player : before_) gain.took_both += after_.count(player);
    for (const auto& objective : objective_catalogue())
        if (auto found = by_objective.find(objective.id); found != by_objective.end()) {
            found->second.objective = objective.id;
            gain.objectives.push_back(found->second);
        }
    return gain;
}

LearningGain learning_gain(const std::vector<CheckAnswerRecord>& answers) {
    LearningGainCounter counter;
    for (const auto& answer : answers) counter.add(answer);
    return counter.result();
}

std::string gain_line(const ObjectiveGain& gain) {
    const int change = gain.change();
    return gain.objective + ": " + std::to_string(gain.before_percent()) + "% before, " +
           std::to_string(gain.after_percent()) + "% after (" + (change > 0 ? "+" : "") + std::to_string(change) + ")";
}

}  // namespace secondlook
