// Small pieces every subcommand needs: reading a count, and reporting a
// scenario that did not load the way `lint` does.
#pragma once

#include <iosfwd>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "core/scenario_loader.h"

namespace secondlook {

// A subcommand's arguments, read the same way for every subcommand:
// options that take a value ("--limit 5"; given twice, both are kept),
// flags ("--json"), -h/--help, and the rest in order.
struct CommandLine {
    std::vector<std::string> positional;
    std::map<std::string, std::vector<std::string>> values;
    std::set<std::string> flags;
    bool help = false;
    std::string error;  // set on an unknown option or a missing value

    bool has(const std::string& option) const { return values.count(option) || flags.count(option); }
    const std::string& value(const std::string& option) const { return values.at(option).back(); }
};

CommandLine parse_command_line(const std::vector<std::string>& args, const std::set<std::string>& with_value,
                               const std::set<std::string>& flags = {});

// Where `run` and `check` record answers: --records PATH (default: the
// player's data folder), --session CODE (default: the private "home"
// session) and --player NICKNAME (default: "player").
struct RecordingTarget {
    std::string path, session, player;
};
RecordingTarget recording_target(const CommandLine& line);

// A whole number >= 1; false for anything else.
bool parse_count(const std::string& text, std::size_t* count);

// Prints the diagnostics of a scenario with errors and a line saying what to
// do; returns false then, true when the scenario loaded cleanly.
bool report_if_broken(const LoadResult& loaded, const std::string& file, const std::string& command,
                      std::ostream& err);

}  // namespace secondlook
