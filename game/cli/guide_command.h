// `secondlook guide [FILE...] [--track T | --session CODE [--records PATH]]
// [--guide FILE] -o GUIDE.html`: the facilitator's guide for a scenario, a
// track's scenarios or a session's set, as a printable page (PDF through a
// browser's print).
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int guide_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
