// The ids of what a player can do besides replying: flag a warning sign, open
// a profile, record an account ID, take a screenshot, take a calming breath,
// let time pass, go on into an early ending's continuation ("continue").
// `run --choose` takes these beside choice ids, so the window,
// the command line and tests all drive the same actions.
#pragma once

#include <optional>
#include <string>

namespace secondlook {

struct ActionRequest {
    enum class Kind { Flag, OpenProfile, CloseProfile, Record, Screenshot, Calm, Wait, Continue };
    Kind kind = Kind::Screenshot;
    std::string target;  // Flag: message id or CAST.FIELD; OpenProfile/Record: cast id
    std::string part;    // Record: "id", "name" or "url"
    double seconds = 0;  // Wait
};

// Parses "flag:ID", "profile:CAST", "close-profile", "record:CAST.id|name|url",
// "screenshot", "calm", "wait:SECONDS" and "continue". Nullopt for anything else (a
// choice id, or a mistake); *error then says what the forms are when the id
// looked like an action.
std::optional<ActionRequest> parse_action_id(const std::string& id, std::string* error = nullptr);

// Words that are actions on their own, so no choice may use them as its id.
bool is_action_word(const std::string& id);

// "flag", "profile", ...: the kind as reports name it.
const char* to_string(ActionRequest::Kind kind);

}  // namespace secondlook
