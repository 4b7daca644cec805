#include "run.h"

#include <algorithm>

#include "app/ui_text.h"

namespace secondlook {
namespace {

// Shown once when a countdown runs out: nothing happens, which is the point.
const Message& deadline_notice() {
    static const Message notice = [] {
        Message message;
        message.id = "countdown.deadline";
        message.from = kSystemSpeaker;
        message.text = ui_text("countdown.deadline");
        message.kind = MessageKind::Notice;
        message.delay_seconds = 0;
        return message;
    }();
    return notice;
}

constexpr int kDeadlineStress = 10;

}  // namespace

Run::Run(std::shared_ptr<const Scenario> scenario)
    : scenario_(std::move(scenario)), clock_minutes_(scenario_->clock_minutes) {
    enter(scenario_->start);
}

void Run::push_message(const Message& message) {
    if (message.clock_minutes >= 0) clock_minutes_ = message.clock_minutes;
    // Once play has ended nothing can be flagged or kept, so an ending offers nothing.
    if (!node().is_ending()) offered_score_.message_shown(*scenario_, message);
    meet(message.from);
    events_.push_back({RunEvent::Kind::Message, state_.node, &message, nullptr, clock_minutes_, contact_id_, 0});
}

void Run::meet(const std::string& cast_id) {
    const CastMember* member = scenario_->find_cast(cast_id);
    if (member && met_.insert(cast_id).second && !node().is_ending()) offered_score_.person_met(*scenario_, *member);
}

void Run::raise_stress(int amount) {
    add_stress(state_, amount);
    offered_score_.stress_now(*scenario_, state_.stress);
}

std::function<void(std::size_t)> Run::on_enter() {
    return [this](std::size_t index) {
        const Node& entered = scenario_->nodes[index];
        if (!entered.is_ending()) {  // an ending offers nothing more to do
            offered_score_.node_entered(*scenario_, entered);
            offered_score_.stress_now(*scenario_, state_.stress);
        }
        if (!entered.contact.empty()) {
            contact_id_ = entered.contact;
            meet(contact_id_);
        }
        if (entered.screen == Screen::FriendRequest) profiles_seen_.insert(contact_id_);
        steps_.push_back({entered.id, {}});
        events_.push_back({RunEvent::Kind::NodeEntered, index, nullptr, nullptr, clock_minutes_, contact_id_, 0});
        for (const auto& message : entered.messages) push_message(message);
    };
}

void Run::enter(std::size_t node) {
    countdown_elapsed_ = 0;
    demands_sent_ = 0;
    deadline_passed_ = false;
    enter_node(*scenario_, state_, node, on_enter());
}

std::vector<const Choice*> Run::offered() const {
    auto choices = offered_choices(*scenario_, state_);
    if (class_play_)
        choices.erase(std::remove_if(choices.begin(), choices.end(), [](const Choice* choice) { return !choice->in_class; }),
                      choices.end());
    return choices;
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
    events_.push_back({RunEvent::Kind::Reply, state_.node, nullptr, &choice, clock_minutes_, contact_id_, 0});
    moment_start_ = events_.size();
    profile_open_.clear();
    offered_score_.choice_offered(node(), offered_now, state_);
    apply_choice(state_, choice);
    enter(choice.target);
    return true;
}

bool Run::act(const std::string& id, std::string* error) {
    std::string why;
    if (auto request = parse_action_id(id, &why)) {
        if (request->kind == ActionRequest::Kind::Continue) return continue_story(id, error);
        if (finished()) {
            if (error) *error = "'" + id + "' cannot be done: the play has already ended";
            return false;
        }
        return perform(*request, id, error);
    }
    if (!why.empty()) {
        if (error) *error = why;
        return false;
    }
    return choose(id, error);
}

bool Run::continue_story(const std::string& id, std::string* error) {
    if (!can_continue()) {
        if (error)
            *error = "'" + id + "': " +
                     (finished() ? "ending '" + node().id + "' offers no continuation"
                                 : "the play is at node '" + node().id +
                                       "', not at an ending; 'continue' goes on from an early ending into "
                                       "\"See what could have happened\"");
        return false;
    }
    early_ending_ = state_.node;
    steps_.back().choice = id;
    // Listed, so records show the play went on; the intro is its feedback.
    record({ActionRequest::Kind::Continue, {}, {}, 0}, id).feedback = node().continues()->intro;
    moment_start_ = events_.size();
    profile_open_.clear();
    countdown_elapsed_ = 0;
    demands_sent_ = 0;
    deadline_passed_ = false;
    enter_continuation(*scenario_, state_, on_enter());
    return true;
}

const Countdown* Run::countdown() const {
    return node().countdown ? &*node().countdown : nullptr;
}

double Run::countdown_left() const {
    const Countdown* running = countdown();
    return running ? std::max(0.0, running->seconds - countdown_elapsed_) : 0.0;
}

std::string Run::demanded() const {
    const Countdown* running = countdown();
    if (!running) return {};
    std::string amount = running->amount;
    for (std::size_t i = 0; i < demands_sent_; ++i)
        if (!running->demands[i].amount.empty()) amount = running->demands[i].amount;
    return amount;
}

void Run::advance(double seconds) {
    const Countdown* running = countdown();
    if (!running || finished() || seconds <= 0) return;
    countdown_elapsed_ = std::min(countdown_elapsed_ + seconds, running->seconds);
    while (demands_sent_ < running->demands.size() &&
           running->demands[demands_sent_].at_seconds <= countdown_elapsed_) {
        const Demand& demand = running->demands[demands_sent_++];
        push_message(demand.message);
        raise_stress(demand.stress);
    }
    if (!deadline_passed_ && countdown_elapsed_ >= running->seconds) {
        deadline_passed_ = true;
        push_message(deadline_notice());
        raise_stress(kDeadlineStress);
    }
}

int Run::points(const std::string& objective) const {
    auto found = state_.points.find(objective);
    return found == state_.points.end() ? 0 : found->second;
}

const CastMember* Run::contact() const { return scenario_->find_cast(contact_id_); }

}  // namespace secondlook
