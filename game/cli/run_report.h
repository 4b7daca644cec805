// How a headless play is printed: a readable transcript for people, or one
// JSON object for scripts and tests.
#pragma once

#include <iosfwd>

#include "core/debrief.h"
#include "core/run.h"
#include "core/support.h"

namespace secondlook {

void print_transcript(const Run& run, const Debrief& debrief, const SupportInfo& support,
                      std::ostream& out);

void print_json_report(const Run& run, const Debrief& debrief, std::ostream& out);

}  // namespace secondlook
