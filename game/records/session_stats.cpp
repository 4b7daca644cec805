#include "records/session_stats.h"

#include <algorithm>
#include <set>

#include "core/objectives.h"

namespace secondlook {
namespace {

const Node* node_of(const std::map<std::string, std::shared_ptr<const Scenario>>& scenarios,
                    const std::string& scenario, const std::string& node) {
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

SessionStats session_stats(const std::vector<PlayRecord>& plays, const std::vector<AnswerRecord>& answers,
                           const std::map<std::string, std::shared_ptr<const Scenario>>& scenarios) {
    SessionStats stats;
    std::set<std::string> players;
    std::map<std::string, ObjectiveShare> objectives;
    std::map<std::string, std::size_t> endings;
    for (const auto& play : plays) {
        players.insert(play.player);
        ++stats.plays;
        if (play.ending.empty()) continue;
        ++stats.finished;
        stats.safe += play.outcome == "safe" ? 1 : 0;
        for (const auto& [objective, points] : play.objectives) {
            ObjectiveShare& share = objectives[objective];
            share.taught += 1;
            const bool met = points.first > 0;
            share.met += met ? 1 : 0;
            share.missed_in_safe_plays += !met && play.outcome == "safe" ? 1 : 0;
        }
        const Node* node = node_of(scenarios, play.scenario, play.ending);
        endings[node && node->ending ? node->ending->title + " (" + play.outcome + ")" : play.ending]++;
    }
    stats.players = players.size();
    for (const auto& objective : objective_catalogue())
        if (auto found = objectives.find(objective.id); found != objectives.end()) {
            found->second.objective = objective.id;
            stats.objectives.push_back(found->second);
        }
    stats.endings.assign(endings.begin(), endings.end());

    std::map<std::pair<std::string, std::string>, std::map<std::string, std::size_t>> chosen;
    std::map<std::pair<std::string, std::string>, std::size_t> voted;
    std::vector<std::pair<std::string, std::string>> order;
    for (const auto& answer : answers) {
        if (answer.kind != "choice") continue;
        const auto key = std::make_pair(answer.scenario, answer.node);
        if (!chosen.count(key)) order.push_back(key);
        if (answer.votes.empty()) chosen[key][answer.action]++;
        for (const auto& [choice, count] : answer.votes) {
            chosen[key][choice] += static_cast<std::size_t>(count);
            voted[key] += static_cast<std::size_t>(count);
        }
        // A class's answer took as long as its discussion: not a reaction time.
        const Node* node = node_of(scenarios, answer.scenario, answer.node);
        if (node && node->stage == Stage::Turn && answer.votes.empty())
            stats.turn_seconds.push_back(answer.response_ms / 1000.0);
    }
    std::sort(stats.turn_seconds.begin(), stats.turn_seconds.end());
    for (const auto& key : order) {
        ChoicePoint point{key.first, key.second, {}, 0, voted[key]};
        const Node* node = node_of(scenarios, key.first, key.second);
        for (const auto& [id, count] : chosen[key]) {
            point.chosen.push_back({choice_text(node, id), count});
            point.total += count;
        }
        stats.choices.push_back(std::move(point));
    }
    return stats;
}

}  // namespace secondlook
