// When each event of a run appears on screen, so messages arrive like a real
// chat: the other person "types" for a while that depends on the length of
// what they write. Pure timing logic, driven by the caller's clock, so it is
// tested without a window.
#pragma once

#include <cstddef>

#include "run.h"

namespace secondlook {

// Seconds an event waits before it is shown after `previous` (null for the first).
double reveal_delay(const Scenario& scenario, const RunEvent& event, const RunEvent* previous);

class Pacer {
public:
    // Picks up events the run has added since the last call.
    void sync(const Run& run, double now);
    // Reveals every event whose wait is over.
    void update(const Run& run, double now);
    // Shows everything at once (the "skip" key, screenshots, reduced motion).
    void skip() { revealed_ = known_; }

    std::size_t revealed() const { return revealed_; }
    bool settled() const { return revealed_ == known_; }
    // True while the next event is a contact's message being "typed".
    bool typing(const Run& run) const;
    // Seconds from `now` until the next event appears (0 when settled).
    double wait_left(const Run& run, double now) const;

private:
    std::size_t known_ = 0;
    std::size_t revealed_ = 0;
    double waiting_since_ = 0;
};

}  // namespace secondlook
