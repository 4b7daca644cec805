// The actions of a Run besides replying: flags, profile cards, recording
// details, screenshots into the evidence locker, and calming breaths.
#include <algorithm>

#include "app/ui_text.h"
#include "run.h"
#include "point_of_view.h"

namespace secondlook {
namespace {

constexpr int kCalmingBreath = 25;  // how far one breath lowers the stress meter

std::string field_text(const ProfileField& field) { return field.label + ": " + field.value; }

}  // namespace

ActionRecord& Run::record(const ActionRequest& request, const std::string& id) {
    ActionRecord action;
    action.id = id;
    action.kind = request.kind;
    action.node = node().id;
    actions_.push_back(std::move(action));
    events_.push_back({RunEvent::Kind::Action, state_.node, nullptr, nullptr, clock_minutes_, contact_id_,
                       actions_.size() - 1});
    return actions_.back();
}

bool Run::perform(const ActionRequest& request, const std::string& id, std::string* error) {
    switch (request.kind) {
        case ActionRequest::Kind::Flag: return flag(request.target, id, error);
        case ActionRequest::Kind::OpenProfile:
            if (!met_.count(request.target)) {
                if (error) *error = "'" + id + "': no profile of '" + request.target + "' to open; the player has not met them";
                return false;
            }
            profile_open_ = request.target;
            profiles_seen_.insert(request.target);
            record(request, id);  // listed, so reports show the player looked
            return true;
        case ActionRequest::Kind::CloseProfile:
            profile_open_.clear();
            record(request, id);
            return true;
        case ActionRequest::Kind::Record: return record_detail(request, id, error);
        case ActionRequest::Kind::Screenshot: screenshot(id); return true;
        case ActionRequest::Kind::Calm: return calm(id, error);
        case ActionRequest::Kind::Wait:
            if (!countdown()) {
                if (error) *error = "'" + id + "': there is no countdown running at node '" + node().id + "'";
                return false;
            }
            advance(request.seconds);
            return true;
        case ActionRequest::Kind::Continue: return continue_story(id, error);
    }
    return false;
}

bool Run::offers_flag(const RunEvent& event) const {
    if (event.kind != RunEvent::Kind::Message || !scenario_->nodes[event.node].flags) return false;
    const CastMember* sender = scenario_->find_cast(event.message->from);
    return sender && !sender->trusted;
}

std::vector<FlagTarget> Run::flaggable() const {
    std::vector<FlagTarget> targets;
    for (std::size_t i = moment_start_; i < events_.size(); ++i) {
        const RunEvent& event = events_[i];
        if (!offers_flag(event)) continue;
        targets.push_back({event.message->id, event.message->text, event.message->sign ? &*event.message->sign : nullptr});
    }
    const CastMember* shown = open_profile();
    if (!shown && node().screen == Screen::FriendRequest) shown = contact();
    if (shown)
        for (const auto& field : shown->profile)
            targets.push_back({shown->id + "." + field.id, field_text(field), field.sign ? &*field.sign : nullptr});
    return targets;
}

bool Run::flag(const std::string& target, const std::string& id, std::string* error) {
    auto now = flaggable();
    auto found = std::find_if(now.begin(), now.end(), [&](const FlagTarget& t) { return t.id == target; });
    if (found == now.end()) {
        if (error) *error = "'" + id + "': '" + target + "' is not on screen to flag now; messages can be flagged "
                            "until the next reply, profile details while the profile is open";
        return false;
    }
    if (!flagged_.insert(target).second) {
        if (error) *error = "'" + id + "': already flagged";
        return false;
    }
    ActionRecord& action = record({ActionRequest::Kind::Flag, target, {}, 0}, id);
    if (found->sign) {
        action.awarded = award_once(state_, id, found->sign->score);
        action.feedback = found->sign->why;
        action.tone = Tone::Good;
    } else {
        action.feedback = scenario_->harmless_flag_feedback.empty() ? ui_text("feedback.harmless-flag")
                                                                : scenario_->harmless_flag_feedback;
    }
    return true;
}

void Run::capture(const EvidenceItem& item, int capture_number, ActionRecord& action) {
    if (captured_.count(item.id)) return;
    captured_[item.id] = capture_number;
    action.captured.push_back(item.id);
    auto earned = award_once(state_, "evidence:" + item.id, item.score);
    action.awarded.insert(action.awarded.end(), earned.begin(), earned.end());
}

bool Run::record_detail(const ActionRequest& request, const std::string& id, std::string* error) {
    const CastMember* member = scenario_->find_cast(request.target);
    if (!member || profile_open_ != member->id) {
        if (error) *error = "'" + id + "': open the profile first (profile:" + request.target +
                            "); the account ID is only shown there";
        return false;
    }
    ActionRecord& action = record(request, id);
    if (request.part == "name") {
        action.feedback = ui_text("feedback.recorded-name", {{"name", member->name}, {"id", member->handle}});
        return true;
    }
    const auto wanted = request.part == "id" ? EvidenceItem::Source::ProfileId : EvidenceItem::Source::ProfileUrl;
    for (const auto& item : scenario_->evidence)
        if (item.source == wanted && item.cast == member->id) capture(item, 0, action);
    action.tone = Tone::Good;
    action.feedback = request.part == "id"
                          ? ui_text("feedback.recorded-id", {{"id", member->handle}})
                          : ui_text("feedback.recorded-link", {{"link", member->profile_url}});
    return true;
}

void Run::screenshot(const std::string& id) {
    ActionRecord& action = record({ActionRequest::Kind::Screenshot, {}, {}, 0}, id);
    action.capture_number = ++screenshots_;
    const CastMember* profile = open_profile();
    for (const auto& item : scenario_->evidence) {
        bool in_view = false;
        switch (item.source) {
            case EvidenceItem::Source::ProfileId:
            case EvidenceItem::Source::ProfileUrl: in_view = profile && profile->id == item.cast; break;
            case EvidenceItem::Source::Receipt: in_view = !profile && node().receipt.has_value(); break;
            case EvidenceItem::Source::Messages:
                in_view = !profile && shows_conversation(node().screen) && std::any_of(events_.begin(), events_.end(), [&](const RunEvent& event) {
                    return event.kind == RunEvent::Kind::Message && event.contact == contact_id_ &&
                           std::find(item.messages.begin(), item.messages.end(), event.message->id) !=
                               item.messages.end();
                });
                break;
        }
        if (in_view) capture(item, action.capture_number, action);
    }
    action.tone = action.captured.empty() ? Tone::Neutral : Tone::Good;
    action.feedback = action.captured.empty()
                          ? ui_text("feedback.screenshot-nothing-new")
                          : ui_text("feedback.screenshot-saved");
}

bool Run::calm(const std::string& id, std::string* error) {
    if (state_.stress <= 0) {
        if (error) *error = "'" + id + "': the stress meter is already at zero";
        return false;
    }
    ActionRecord& action = record({ActionRequest::Kind::Calm, {}, {}, 0}, id);
    action.awarded = award_once(state_, "calm", scenario_->calm_score);
    add_stress(state_, -kCalmingBreath);
    action.feedback = scenario_->calm_feedback.empty() ? side_text(*scenario_, "feedback.calm") : scenario_->calm_feedback;
    action.tone = Tone::Good;
    return true;
}

std::vector<SignResult> Run::signs() const {
    std::vector<SignResult> results;
    std::set<std::string> listed;
    auto add = [&](FlagTarget target) {
        if (!target.sign || !listed.insert(target.id).second) return;
        bool caught = flagged(target.id);
        results.push_back({std::move(target), caught});
    };
    for (const auto& event : events_)
        if (offers_flag(event) && event.message->sign)
            add({event.message->id, event.message->text, &*event.message->sign});
    for (const auto& cast_id : profiles_seen_)
        if (const CastMember* member = scenario_->find_cast(cast_id))
            for (const auto& field : member->profile)
                if (field.sign) add({member->id + "." + field.id, field_text(field), &*field.sign});
    return results;
}

std::vector<EvidenceStatus> Run::evidence() const {
    std::vector<EvidenceStatus> list;
    for (const auto& item : scenario_->evidence) {
        auto found = captured_.find(item.id);
        const bool captured = found != captured_.end();
        if (!captured && item.condition && !item.condition->holds(state_.variables)) continue;
        list.push_back({&item, captured, captured ? found->second : 0});
    }
    return list;
}

}  // namespace secondlook
