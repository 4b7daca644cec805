// The records as CSV (RFC 4180), one row per answer with its play's result,
// safe to open in a spreadsheet: cells that would start a formula are
// prefixed with an apostrophe.
#pragma once

#include <iosfwd>
#include <vector>

#include "records/record_store.h"

namespace secondlook {

// Knowledge-check answers follow the play answers in the same columns: kind
// "check-pre" or "check-post", the question set as the scenario, the question
// as the node, the option letter as the answer, points OBJECTIVE+1 when right
// and OBJECTIVE+0 when not.
void write_csv(const std::vector<AnswerRecord>& answers, const std::vector<PlayRecord>& plays, std::ostream& out,
               const std::vector<CheckAnswerRecord>& checks = {});

}  // namespace secondlook
