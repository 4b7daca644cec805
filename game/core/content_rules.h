// The content brief's rules that a program can check, on top of the
// validator's story rules: `secondlook lint` runs both. Playing does not
// need them, so the window and `run` still open a scenario that breaks one.
#pragma once

#include "diagnostics.h"
#include "scenario.h"
#include "support.h"

namespace secondlook {

// Every scenario says who it is for (audience tracks, minimum age); every
// ending has a debrief long enough to say what to do next; every choice
// explains itself (the validator already insists on feedback); no reply
// button outside the mock apps names the sign it answers ("red flag"); every
// early safe ending is marked and offers a continuation (continuation_check.h).
void check_content_rules(const Scenario& scenario, Diagnostics& diagnostics);

// Every ending signposts help from the support file, so the file itself must
// load and list at least one service with a way to reach it.
void check_signposting(const SupportLoad& support, const std::string& path, Diagnostics& diagnostics);

}  // namespace secondlook
