// Small pieces every subcommand needs: reading a count, and reporting a
// scenario that did not load the way `lint` does.
#pragma once

#include <iosfwd>
#include <map>
#include <optional>
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

// A session code given as OPTION (--session, or sessions' --delete) by the
// rule the join form uses (core/session_join.h): "7kq2p" is session 7KQ2P,
// so a facilitator finds the session they typed in any case. Nullopt, with
// "OPTION: what is wrong" in *error, for a value no session could have.
std::optional<std::string> session_code_option(const std::string& option, const std::string& value,
                                               std::string* error);

// A value of --session, --player or --records as the window's join form
// takes it (core/session_join.h; the code in capitals), or nullopt with
// "--OPTION: what is wrong" in *error. An empty --records is refused: SQLite
// would take it as a temporary database that vanishes with the answers.
std::optional<std::string> recording_option(const std::string& option, const std::string& value,
                                            std::string* error);

// Where `run` and `check` record answers: --records PATH (default: the
// player's data folder), --session CODE (default: the private "home"
// session) and --player NICKNAME (default: "player"); nullopt with the
// reason in *error when one of them is not taken (recording_option()).
struct RecordingTarget {
    std::string path, session, player;
};
std::optional<RecordingTarget> recording_target(const CommandLine& line, std::string* error);

class RecordStore;
// Before a command that recorded answers exits: moves them into the records
// file itself (RecordStore::checkpoint()), trying for up to a second while
// another program's read holds them back; if it still does, says on `err`
// that they are safe in FILE-wal and what that means for copying the file.
void settle_records(RecordStore& records, const std::string& command, std::ostream& err);

// A whole number >= 1; false for anything else.
bool parse_count(const std::string& text, std::size_t* count);

// Prints the diagnostics of a scenario with errors and a line saying what to
// do; returns false then, true when the scenario loaded cleanly.
bool report_if_broken(const LoadResult& loaded, const std::string& file, const std::string& command,
                      std::ostream& err);

}  // namespace secondlook
