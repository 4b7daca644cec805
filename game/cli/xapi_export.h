// The records as xAPI 1.0.3 statements: an "answered" statement per answer
// and "completed" plus "passed" or "failed" per finished play. The actor is
// an anonymous account (session/nickname), never a name or an e-mail; the
// session's UUID is the registration. `export --format xapi` writes them and
// `lrs --send` posts them, both through each_xapi_statement.
#pragma once

#include <functional>
#include <iosfwd>
#include <string>

#include "records/record_set.h"

namespace secondlook {

// The IRIs statements use for activities and extensions.
inline const char* const kXapiHome = "https://secondlook.invalid";

// Every statement of `records` whose session `include` accepts, in export
// order: answers, then finished plays, then knowledge-check answers (an
// "answered" statement on the question, with result.success and the option
// as the response, the question set as parent and the phase, "pre" or
// "post", and objective as context extensions). A record that cannot make a
// statement an LRS would take (a time that is not ISO 8601, an id that is
// not a UUID or cannot be part of an IRI) is left out, named in a warning,
// so it never stops the others. A finished play whose total is not between 0
// and its maximum states its raw score only (no min, max or scaled).
using StatementFilter = std::function<bool(const std::string& session)>;
using OnStatement = std::function<void(const std::string& id, const std::string& json)>;
struct XapiLayout {
    int indent = 0;  // 0: compact JSON
    int depth = 0;   // levels the statement is nested in
};
void each_xapi_statement(const RecordSource& records, const StatementFilter& include, const XapiLayout& layout,
                         const OnStatement& on_statement);

// All statements as one JSON array, written as they are made.
void write_xapi(const RecordSource& records, std::ostream& out);

}  // namespace secondlook
