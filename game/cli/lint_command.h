// `secondlook lint [PATH...]`: checks scenario files and prints each problem
// as FILE:LINE:COL: error: MESSAGE. Exit 0 when clean, 1 on any error.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int lint_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
