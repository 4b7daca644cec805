#include "action_id.h"

#include <cstdlib>

namespace secondlook {
namespace {

const char* const kForms =
    "actions are flag:MESSAGE-ID, flag:CAST.DETAIL, profile:CAST, close-profile, "
    "record:CAST.id (or .name, .url), screenshot, calm, wait:SECONDS and continue";

bool split_prefix(const std::string& id, const std::string& prefix, std::string& rest) {
    if (id.compare(0, prefix.size(), prefix) != 0) return false;
    rest = id.substr(prefix.size());
    return true;
}

std::optional<ActionRequest> fail(std::string* error, const std::string& why) {
    if (error) *error = why + "; " + kForms;
    return std::nullopt;
}

}  // namespace

bool is_action_word(const std::string& id) {
    return id == "screenshot" || id == "calm" || id == "close-profile" || id == "continue";
}

std::optional<ActionRequest> parse_action_id(const std::string& id, std::string* error) {
    ActionRequest request;
    std::string rest;
    if (id == "screenshot") {
        request.kind = ActionRequest::Kind::Screenshot;
    } else if (id == "calm") {
        request.kind = ActionRequest::Kind::Calm;
    } else if (id == "continue") {
        request.kind = ActionRequest::Kind::Continue;
    } else if (id == "close-profile") {
        request.kind = ActionRequest::Kind::CloseProfile;
    } else if (split_prefix(id, "flag:", rest)) {
        if (rest.empty()) return fail(error, "'flag:' needs what to flag");
        request.kind = ActionRequest::Kind::Flag;
        request.target = rest;
    } else if (split_prefix(id, "profile:", rest)) {
        if (rest.empty()) return fail(error, "'profile:' needs a cast id");
        request.kind = ActionRequest::Kind::OpenProfile;
        request.target = rest;
    } else if (split_prefix(id, "record:", rest)) {
        auto dot = rest.rfind('.');
        if (dot == std::string::npos || dot == 0) return fail(error, "'" + id + "' should be record:CAST.id");
        request.kind = ActionRequest::Kind::Record;
        request.target = rest.substr(0, dot);
        request.part = rest.substr(dot + 1);
        if (request.part != "id" && request.part != "name" && request.part != "url")
            return fail(error, "'" + id + "' records '" + request.part + "'; record the id, name or url");
    } else if (split_prefix(id, "wait:", rest)) {
        char* end = nullptr;
        double seconds = std::strtod(rest.c_str(), &end);
        if (rest.empty() || *end != '\0' || !(seconds > 0 && seconds <= 3600))
            return fail(error, "'" + id + "' should wait a number of seconds from 1 to 3600");
        request.kind = ActionRequest::Kind::Wait;
        request.seconds = seconds;
    } else {
        if (error) error->clear();
        return std::nullopt;
    }
    return request;
}

const char* to_string(ActionRequest::Kind kind) {
    switch (kind) {
        case ActionRequest::Kind::Flag: return "flag";
        case ActionRequest::Kind::OpenProfile: return "profile";
        case ActionRequest::Kind::CloseProfile: return "close-profile";
        case ActionRequest::Kind::Record: return "record";
        case ActionRequest::Kind::Screenshot: return "screenshot";
        case ActionRequest::Kind::Calm: return "calm";
        case ActionRequest::Kind::Wait: return "wait";
        case ActionRequest::Kind::Continue: return "continue";
    }
    return "action";
}

}  // namespace secondlook
