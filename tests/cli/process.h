// Runs the built secondlook binary and captures what it prints.
#pragma once

#include <string>
#include <vector>

struct ProcessResult {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs SECONDLOOK_BINARY with `args` from the source folder.
ProcessResult run_secondlook(const std::vector<std::string>& args);
