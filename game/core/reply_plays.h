// Every play of a scenario that only replies: no flags, screenshots, profile
// notes or calming breaths, just the choices. `secondlook paths --replies`
// lists them with what each scored of what it offered (the README's table),
// and the tests check over them that stopping early, safely, is the best
// result of its path.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>

#include "run.h"

namespace secondlook {

struct ReplyWalk {
    std::size_t plays = 0;  // complete plays walked
    bool complete = true;   // false if the walk hit its limit
};

// Walks the plays depth first, each to its ending, and hands `on_play` the
// finished Run. A play that comes back to a node with the same variables and
// choices scored, stress still above zero or still at zero, is cut there:
// from it, it can do nothing new.
ReplyWalk walk_reply_plays(const std::shared_ptr<const Scenario>& scenario, const std::function<void(const Run&)>& on_play,
                           std::size_t play_limit = 200000);

}  // namespace secondlook
