// `secondlook sessions --records PATH`: what a records file holds, session
// by session, and deleting it (a session, or every session not used for a
// number of days), so a facilitator keeps nothing longer than needed.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int sessions_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
