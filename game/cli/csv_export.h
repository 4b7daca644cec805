// The records as CSV (RFC 4180), one row per answer with its play's result,
// written as the answers are read. Safe to open in a spreadsheet: a cell that
// a spreadsheet could take for a formula (OWASP's list: starting with = + - @,
// a tab or a carriage return, or the fullwidth ＝ ＋ － ＠ that some
// spreadsheets read as the same) gets an apostrophe in front.
#pragma once

#include <iosfwd>

#include "records/record_set.h"

namespace secondlook {

// Knowledge-check answers follow the play answers in the same columns: kind
// "check-pre" or "check-post", the question set as the scenario, the question
// as the node, the option letter as the answer, points OBJECTIVE+1 when right
// and OBJECTIVE+0 when not.
void write_csv(const RecordSource& records, std::ostream& out);

}  // namespace secondlook
