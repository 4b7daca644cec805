// `secondlook check`: takes the knowledge check without a window, recording
// the answers for a session, and prints the score per objective.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int check_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
