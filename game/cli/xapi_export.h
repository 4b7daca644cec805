// The records as xAPI 1.0.3 statements: an "answered" statement per answer
// and "completed" plus "passed" or "failed" per finished play. The actor is
// an anonymous account (session/nickname), never a name or an e-mail; the
// session's UUID is the registration.
#pragma once

#include <iosfwd>
#include <vector>

#include "records/record_store.h"

namespace secondlook {

// The IRIs statements use for activities and extensions.
inline const char* const kXapiHome = "https://secondlook.invalid";

// Knowledge-check answers become "answered" statements on the question, with
// result.success and the option as the response, the question set as parent
// and the phase ("pre" or "post") and objective as context extensions.
void write_xapi(const std::vector<AnswerRecord>& answers, const std::vector<PlayRecord>& plays, std::ostream& out,
                const std::vector<CheckAnswerRecord>& checks = {});

}  // namespace secondlook
