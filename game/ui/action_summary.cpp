#include "ui/action_summary.h"

namespace secondlook {
namespace {

// What was flagged, as the player saw it: the message or the profile detail.
std::string flagged_text(const Run& run, const std::string& target) {
    if (const Message* message = run.scenario().find_message(target)) return "\"" + message->text + "\"";
    auto dot = target.find('.');
    if (const CastMember* member = run.scenario().find_cast(target.substr(0, dot)))
        if (const ProfileField* field = member->find_field(target.substr(dot + 1)))
            return field->label + ": " + field->value;
    return target;
}

}  // namespace

std::string action_summary(const Run& run, const ActionRecord& action) {
    const std::string target = action.id.substr(action.id.find(':') + 1);
    switch (action.kind) {
        case ActionRequest::Kind::Flag: return "You flagged: " + flagged_text(run, target);
        case ActionRequest::Kind::Record:
            if (target.size() > 5 && target.compare(target.size() - 5, 5, ".name") == 0)
                return "You recorded the display name";
            if (target.size() > 4 && target.compare(target.size() - 4, 4, ".url") == 0)
                return "You recorded the profile link";
            return "You recorded the account ID";
        case ActionRequest::Kind::Screenshot:
            return "You took a screenshot (evidence " + std::to_string(action.capture_number) + ")";
        case ActionRequest::Kind::Calm: return "You took a slow, calming breath";
        case ActionRequest::Kind::OpenProfile: return "You opened the profile";
        case ActionRequest::Kind::CloseProfile: return "You closed the profile";
        case ActionRequest::Kind::Wait: return "You waited";
    }
    return action.id;
}

}  // namespace secondlook
