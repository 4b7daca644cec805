// The facilitator's guide as one printable HTML page: the lesson around the
// game for the scenarios a session plays. Objectives, timing, audience, the
// content notes, the discussion questions stage by stage and the debrief
// points come from the scenario files; ground rules, disclosure steps, local
// contacts, the parents' letter and the handout's steps from the editable
// guide file; the help contacts from the support file. Each part is its own
// <section id=...> so print CSS can start the letter and the handout on new
// pages, and tests can find every part.
#pragma once

#include <iosfwd>
#include <vector>

#include "core/guide_file.h"
#include "core/scenario.h"
#include "core/support.h"

namespace secondlook {

void write_facilitator_guide(const std::vector<const Scenario*>& scenarios, const GuideText& guide,
                             const SupportInfo& support, std::ostream& out);

}  // namespace secondlook
