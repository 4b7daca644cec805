// `secondlook paths FILE`: every distinct play to every ending with its
// score, so an author sees the best and worst runs of a scenario.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int paths_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
