// `secondlook paths FILE --replies`: every play that only replies (no
// flags, screenshots or other actions), with its ending and what it scored
// of what its own path offered, by the rule every screen and report uses
// (core/play_score.h). The README's table of scores is its output.
#pragma once

#include <cstddef>
#include <iosfwd>
#include <memory>

#include "core/scenario.h"

namespace secondlook {

// Lists the plays, best share first, when there are at most `limit`;
// otherwise the best and worst play to each ending. Returns the exit status.
int print_reply_table(const std::shared_ptr<const Scenario>& scenario, std::size_t limit, std::ostream& out,
                      std::ostream& err);

}  // namespace secondlook
