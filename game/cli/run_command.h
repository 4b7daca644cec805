// `secondlook run FILE --choose ID,ID,... [--json]`: plays a scenario without
// a window, taking the choices in order, and prints what happened.
// Exit 0 at an ending, 3 when the ids ran out first, 2 on a bad id or
// argument, 1 when the scenario itself has errors.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace secondlook {

int run_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
