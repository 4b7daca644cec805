#include "records/session_stats.h"

#include <algorithm>

#include "core/objectives.h"

namespace secondlook {
namespace {

const Node* node_of(const ScenariosById& scenarios, const std::string& scenario, const std::string& node) {
    auto found = scenarios.find(scenario);
    return found == scenarios.end() ? nullptr : found->second->find_node(node);
}

std::string choice_text(const Node* node, const std::string& id) {
    if (node)
        for (const auto& choice : node->choices)
            if (choice.id == id) return choice.text;
    return id;
}

}  // namespace

void SessionStatsCounter::add(const PlayRecord& play) {
    players_.insert(play.player);
    ++stats_.plays;
    if (play.ending.empty()) return;
    ++stats_.finished;
    stats_.safe += play.outcome == "safe" ? 1 : 0;
    for (const auto& [objective, recorded] : play.objectives) {
        // Only plays the objective was part of count, by the same rule as
        // the player's debrief: one player who paid is "1 of 1" for checking
        // the payment, not "0 of 6".
        const ObjectiveStatus status = play.status(objective);
        if (status == ObjectiveStatus::NotInPlay) continue;
        ObjectiveShare& share = objectives_[objective];
        share.taught += 1;
        const bool met = status == ObjectiveStatus::Met;
        share.met += met ? 1 : 0;
        share.missed_in_safe_plays += !met && play.outcome == "safe" ? 1 : 0;
    }
    const Node* node = node_of(scenarios_, play.scenario, play.ending);
    endings_[node && node->ending ? node->ending->title + " (" + play.outcome + ")" : play.ending]++;
}

void SessionStatsCounter::add(const AnswerRecord& answer) {
    if (answer.kind != "choice") return;
    const Point key{answer.scenario, answer.node};
    auto& chosen = chosen_[key];
    if (chosen.empty()) order_.push_back(key);  // a point seen for the first time
    if (answer.votes.empty()) chosen[answer.action]++;
    for (const auto& [choice, count] : answer.votes) {
        chosen[choice] += static_cast<std::size_t>(count);
        voted_[key] += static_cast<std::size_t>(count);
    }
    // A class's answer took as long as its discussion: not a reaction time.
    const Node* node = node_of(scenarios_, answer.scenario, answer.node);
    if (node && node->stage == Stage::Turn && answer.votes.empty())
        stats_.turn_seconds.push_back(static_cast<double>(answer.response_ms) / 1000.0);
}

SessionStats SessionStatsCounter::result() const {
    SessionStats stats = stats_;
    stats.players = players_.size();
    for (const auto& objective : objective_catalogue())
        if (auto found = objectives_.find(objective.id); found != objectives_.end()) {
            stats.objectives.push_back(found->second);
            stats.objectives.back().objective = objective.id;
        }
    stats.endings.assign(endings_.begin(), endings_.end());
    std::sort(stats.turn_seconds.begin(), stats.turn_seconds.end());
    for (const auto& key : order_) {
        auto voted = voted_.find(key);
        ChoicePoint point{key.first, key.second, {}, 0, voted == voted_.end() ? 0 : voted->second};
        const Node* node = node_of(scenarios_, key.first, key.second);
        for (const auto& [id, count] : chosen_.at(key)) {
            point.chosen.push_back({choice_text(node, id), count});
            point.total += count;
        }
        stats.choices.push_back(std::move(point));
    }
    return stats;
}

SessionStats session_stats(const std::vector<PlayRecord>& plays, const std::vector<AnswerRecord>& answers,
                           const ScenariosById& scenarios) {
    SessionStatsCounter counter(scenarios);
    for (const auto& play : plays) counter.add(play);
    for (const auto& answer : answers) counter.add(answer);
    return counter.result();
}

}  // namespace secondlook
