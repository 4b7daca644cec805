// Checks a loaded scenario as a story: can every part be reached, does every
// path end, does every choice explain itself, is every objective taught.
// Each rule is a small pass adding to the same list of diagnostics.
#pragma once

#include "diagnostics.h"
#include "scenario.h"

namespace secondlook {

// Runs every pass. References the loader could not resolve are skipped here
// (the loader has already reported them).
void validate_scenario(const Scenario& scenario, Diagnostics& diagnostics);

}  // namespace secondlook
