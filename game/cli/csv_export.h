// The records as CSV (RFC 4180), one row per answer with its play's result,
// safe to open in a spreadsheet: cells that would start a formula are
// prefixed with an apostrophe.
#pragma once

#include <iosfwd>
#include <vector>

#include "records/record_store.h"

namespace secondlook {

void write_csv(const std::vector<AnswerRecord>& answers, const std::vector<PlayRecord>& plays, std::ostream& out);

}  // namespace secondlook
