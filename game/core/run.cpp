#include "run.h"

#include <algorithm>

namespace secondlook {

Run::Run(std::shared_ptr<const Scenario> scenario)
    : scenario_(std::move(scenario)), clock_minutes_(scenario_->clock_minutes) {
    enter(scenario_->start);
}

void Run::enter(std::size_t node) {
    enter_node(*scenario_, state_, node, [this](std::size_t index) {
        const Node& entered = scenario_->nodes[index];
        if (!entered.contact.empty()) contact_id_ = entered.contact;
        steps_.push_back({entered.id, {}});
        events_.push_back({RunEvent::Kind::NodeEntered, index, nullptr, nullptr, clock_minutes_, contact_id_});
        for (const auto& message : entered.messages) {
            if (message.clock_minutes >= 0) clock_minutes_ = message.clock_minutes;
            events_.push_back({RunEvent::Kind::Message, index, &message, nullptr, clock_minutes_, contact_id_});
        }
    });
}

bool Run::choose(const std::string& choice_id, std::string* error) {
    auto offered_now = offered();
    auto found = std::find_if(offered_now.begin(), offered_now.end(),
                              [&](const Choice* choice) { return choice->id == choice_id; });
    if (found == offered_now.end()) {
        if (error) {
            std::string ids;
            for (const Choice* choice : offered_now) ids += (ids.empty() ? "" : ", ") + choice->id;
            bool exists = std::any_of(scenario_->nodes.begin(), scenario_->nodes.end(), [&](const Node& n) {
                return std::any_of(n.choices.begin(), n.choices.end(),
                                   [&](const Choice& c) { return c.id == choice_id; });
            });
            *error = (exists ? "choice '" + choice_id + "' is not offered at node '" + node().id + "'"
                             : "there is no choice '" + choice_id + "' in this scenario") +
                     (finished() ? "; the play has already ended" : "; offered here: " + ids);
        }
        return false;
    }
    const Choice& choice = **found;
    steps_.back().choice = choice.id;
    events_.push_back({RunEvent::Kind::Reply, state_.node, nullptr, &choice, clock_minutes_, contact_id_});
    apply_choice(state_, choice);
    enter(choice.target);
    return true;
}

int Run::points(const std::string& objective) const {
    auto found = state_.points.find(objective);
    return found == state_.points.end() ? 0 : found->second;
}

const CastMember* Run::contact() const { return scenario_->find_cast(contact_id_); }

}  // namespace secondlook
