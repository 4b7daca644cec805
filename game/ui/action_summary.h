// One line saying what the player just did, for the feedback card: "You
// flagged: ...", "You took a screenshot". Pure text; no drawing.
#pragma once

#include <string>

#include "core/run.h"

namespace secondlook {

std::string action_summary(const Run& run, const ActionRecord& action);

}  // namespace secondlook
