// Every piece of a scenario a player reads, each under a stable id made from
// the ids authors already give (nodes, messages, choices, cast, evidence), so
// translations and analytics survive edits elsewhere in the file. The
// `strings` command exports them for translators.
#pragma once

#include <string>
#include <vector>

#include "core/diagnostics.h"
#include "core/scenario.h"

namespace secondlook {

struct ScenarioLine {
    std::string id;    // e.g. "message.request.1", "choice.stop.feedback"
    std::string what;  // for the translator: where it shows ("message from Skye")
    std::string text;
    SourceLocation where;
};

// In the order they appear in the file; empty texts are left out.
std::vector<ScenarioLine> scenario_lines(const Scenario& scenario);

}  // namespace secondlook
