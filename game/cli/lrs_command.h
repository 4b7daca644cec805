// `secondlook lrs`: a facilitator's link to their organisation's learning
// record store. --set-endpoint/--key/--clear configure it, --send posts the
// records' xAPI statements the LRS has not accepted yet, --status counts
// them. Without configuration nothing is sent anywhere.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int lrs_command(const std::vector<std::string>& args, std::istream& in, std::ostream& out, std::ostream& err);

}  // namespace secondlook
