// Session codes: short enough to type from a projector, and carrying the
// switches of the session's setup, so a player who types one on another
// machine (whose records have never seen the session) still gets the
// facilitator's audience track, timers and pre/post check. The label and
// the chosen scenarios stay with the facilitator's records.
#pragma once

#include <optional>
#include <string>

#include "records/record_store.h"

namespace secondlook {

// Four random letters and digits that cannot be mistaken for each other
// (no O/0, I/1), then one that encodes `setup`'s track, timers and check.
std::string new_session_code(const SessionSetup& setup);

// The track, timers and pre/post check a code made by new_session_code()
// carries (its code set, label and scenarios empty); nullopt for any other
// code, such as a four-character one from before codes carried them.
std::optional<SessionSetup> setup_from_code(const std::string& code);

}  // namespace secondlook
