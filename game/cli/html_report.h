// A facilitator's report of one session as a single self-contained HTML
// page: a plain-language summary, then charts (inline SVG, no scripts or
// downloads) of objectives met, endings, how the group chose at each point
// and how long the blackmail turn took, and a table of pseudonymous players.
#pragma once

#include <iosfwd>
#include <string>

#include "records/record_set.h"
#include "records/session_stats.h"

namespace secondlook {

// The report of `records`, opened for one session `code`, counted as its
// answers are read. `scenarios` gives titles, choice texts and stages (a
// scenario no longer installed is shown by its ids).
void write_html_report(const RecordSource& records, const std::string& code, const ScenariosById& scenarios,
                       std::ostream& out);

// Text made safe to put in HTML.
std::string html_escaped(const std::string& text);

// A chart's label as SVG text (14 px) whose first line sits at (x, y),
// broken into lines of at most `max_chars` characters at spaces, never
// inside a word (a longer word has a line of its own): SVG text does not
// wrap, and labels cut short ended mid-word. `lines`: how many it took.
std::string svg_label(const std::string& text, int x, int y, std::size_t max_chars, int* lines);
// The distance between the lines of svg_label().
inline constexpr int kSvgLabelLine = 17;

}  // namespace secondlook
