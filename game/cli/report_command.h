// `secondlook report --records PATH --session CODE -o report.html`: a
// printable, self-contained HTML report of one session for the facilitator.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int report_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
