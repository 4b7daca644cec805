// Runs the built secondlook binary (or another program) and captures what it prints.
#pragma once

#include <string>
#include <vector>

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// The whole text of a file ("" when it cannot be read).
std::string read_text_file(const std::string& path);

// Runs `command` (a program and its arguments) from the source folder.
ProcessResult run_command(const std::vector<std::string>& command);

// Runs SECONDLOOK_BINARY with `args` from the source folder; `launcher`,
// when given, runs it (e.g. setpriv, to run it as another user).
ProcessResult run_secondlook(const std::vector<std::string>& args, const std::vector<std::string>& launcher = {});
// The same, killed after `seconds`: for a test whose failure would be a hang
// (a named pipe read forever), so it fails instead of stalling the suite.
ProcessResult run_secondlook_killed_after(int seconds, const std::vector<std::string>& args);
