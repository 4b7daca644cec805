// Expands the paths given on a command line into scenario files.
#pragma once

#include <string>
#include <vector>

namespace secondlook {

// Files are kept as given; folders contribute their *.yaml and *.yml files,
// sorted, searched recursively. Paths that do not exist are returned as they
// are, so the loader reports them like any other unreadable file.
std::vector<std::string> scenario_files(const std::vector<std::string>& paths);

}  // namespace secondlook
