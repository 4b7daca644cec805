// `secondlook strings [PATH...] [-o OUT.csv]`: everything a translator needs
// in one CSV: the interface's own strings (ids "ui.ID") and every line of the
// scenarios (ids "SCENARIO/LINE-ID"), with where each shows.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int strings_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
