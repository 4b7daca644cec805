// Runs the built secondlook binary and captures what it prints.
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

// Runs SECONDLOOK_BINARY with `args` from the source folder; `launcher`,
// when given, runs it (e.g. setpriv, to run it as another user).
ProcessResult run_secondlook(const std::vector<std::string>& args, const std::vector<std::string>& launcher = {});
