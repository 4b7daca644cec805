// `secondlook coverage [PATH...]`: which learning objectives each scenario
// can score, and which no scenario covers, so a facilitator can pick a set
// and an author can see the gaps.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int coverage_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
