// A facilitator's report of one session as a single self-contained HTML
// page: a plain-language summary, then charts (inline SVG, no scripts or
// downloads) of objectives met, endings, how the group chose at each point
// and how long the blackmail turn took, and a table of pseudonymous players.
#pragma once

#include <iosfwd>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/scenario.h"
#include "records/record_store.h"

namespace secondlook {

struct SessionData {
    std::string code;
    std::vector<PlayRecord> plays;
    std::vector<AnswerRecord> answers;
    std::vector<CheckAnswerRecord> checks;  // the knowledge check before and after play, if used
    // The scenarios played, by id, for titles, choice texts and stages
    // (a scenario no longer installed is shown by its ids).
    std::map<std::string, std::shared_ptr<const Scenario>> scenarios;
};

void write_html_report(const SessionData& session, std::ostream& out);

// Text made safe to put in HTML.
std::string html_escaped(const std::string& text);

}  // namespace secondlook
