// Small pieces every subcommand needs: reading a count, and reporting a
// scenario that did not load the way `lint` does.
#pragma once

#include <iosfwd>
#include <string>

#include "core/scenario_loader.h"

namespace secondlook {

// A whole number >= 1; false for anything else.
bool parse_count(const std::string& text, std::size_t* count);

// Prints the diagnostics of a scenario with errors and a line saying what to
// do; returns false then, true when the scenario loaded cleanly.
bool report_if_broken(const LoadResult& loaded, const std::string& file, const std::string& command,
                      std::ostream& err);

}  // namespace secondlook
