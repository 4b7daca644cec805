#include "offered_score.h"

#include <algorithm>

namespace secondlook {

void OfferedScore::add_once(const std::string& key, const std::vector<ScoreAward>& awards) {
    for (const auto& award : award_once(credited_, key, awards)) {
        by_objective_[award.objective] += award.points;
        total_ += award.points;
    }
}

void OfferedScore::message_shown(const Scenario& scenario, const Message& message) {
    const CastMember* sender = scenario.find_cast(message.from);
    if (message.sign && sender && !sender->trusted) add_once("flag:" + message.id, message.sign->score);
    for (const auto& item : scenario.evidence)
        if (item.source == EvidenceItem::Source::Messages &&
            std::find(item.messages.begin(), item.messages.end(), message.id) != item.messages.end())
            add_once("evidence:" + item.id, item.score);
}

void OfferedScore::person_met(const Scenario& scenario, const CastMember& member) {
    for (const auto& field : member.profile)
        if (field.sign) add_once("flag:" + member.id + "." + field.id, field.sign->score);
    for (const auto& item : scenario.evidence)
        if ((item.source == EvidenceItem::Source::ProfileId || item.source == EvidenceItem::Source::ProfileUrl) &&
            item.cast == member.id)
            add_once("evidence:" + item.id, item.score);
}

void OfferedScore::node_entered(const Scenario& scenario, const Node& node) {
    if (node.receipt)
        for (const auto& item : scenario.evidence)
            if (item.source == EvidenceItem::Source::Receipt) add_once("evidence:" + item.id, item.score);
}

void OfferedScore::stress_now(const Scenario& scenario, int stress) {
    if (stress > 0) add_once("calm", scenario.calm_score);
}

void OfferedScore::choice_offered(const Node& node, const std::vector<const Choice*>& available,
                                  const RunState& play) {
    std::string situation = node.id;
    std::vector<const Choice*> scoring;
    for (const Choice* choice : available) {
        if (play.scored.count(choice->id)) continue;  // it would earn nothing now
        scoring.push_back(choice);
        situation += "|" + choice->id;
    }
    if (!choices_met_.insert(situation).second) return;
    int best_total = 0;
    std::map<std::string, int> best_by_objective;
    for (const Choice* choice : scoring) {
        best_total = std::max(best_total, choice->points());
        for (const auto& award : choice->score)
            best_by_objective[award.objective] = std::max(best_by_objective[award.objective], award.points);
    }
    // Per objective the best any one reply gave it, so a reply that serves
    // one objective and another that serves a second both count as chances;
    // the total counts the best single reply, which is all one reply earns.
    total_ += best_total;
    for (const auto& [objective, points] : best_by_objective) by_objective_[objective] += points;
}

int OfferedScore::for_objective(const std::string& objective) const {
    auto found = by_objective_.find(objective);
    return found == by_objective_.end() ? 0 : found->second;
}

}  // namespace secondlook
