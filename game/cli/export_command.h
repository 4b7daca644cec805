// `secondlook export --records PATH [--session CODE] --format csv|xapi`:
// the records as a spreadsheet (one row per answer) or as xAPI 1.0.3
// statements for an organisation's learning record store.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int export_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
