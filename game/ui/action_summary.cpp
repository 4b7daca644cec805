#include "ui/action_summary.h"

#include "app/ui_text.h"

namespace secondlook {
namespace {

// What was flagged, as the player saw it: the message or the profile detail.
std::string flagged_summary(const Run& run, const std::string& target) {
    if (const Message* message = run.scenario().find_message(target))
        return ui_text("action.flagged-message", {{"message", message->text}});
    auto dot = target.find('.');
    if (const CastMember* member = run.scenario().find_cast(target.substr(0, dot)))
        if (const ProfileField* field = member->find_field(target.substr(dot + 1)))
            return ui_text("action.flagged-detail", {{"label", field->label}, {"value", field->value}});
    return ui_text("action.flagged", {{"what", target}});
}

}  // namespace

std::string action_summary(const Run& run, const ActionRecord& action) {
    const std::string target = action.id.substr(action.id.find(':') + 1);
    switch (action.kind) {
        case ActionRequest::Kind::Flag: return flagged_summary(run, target);
        case ActionRequest::Kind::Record:
            if (target.size() > 5 && target.compare(target.size() - 5, 5, ".name") == 0)
                return ui_text("action.recorded-name");
            if (target.size() > 4 && target.compare(target.size() - 4, 4, ".url") == 0)
                return ui_text("action.recorded-link");
            return ui_text("action.recorded-id");
        case ActionRequest::Kind::Screenshot:
            return ui_text("action.screenshot", {{"number", std::to_string(action.capture_number)}});
        case ActionRequest::Kind::Calm: return ui_text("action.calm");
        case ActionRequest::Kind::OpenProfile: return ui_text("action.opened-profile");
        case ActionRequest::Kind::CloseProfile: return ui_text("action.closed-profile");
        case ActionRequest::Kind::Wait: return ui_text("action.waited");
        case ActionRequest::Kind::Continue: return ui_text("action.continued");
    }
    return action.id;
}

}  // namespace secondlook
