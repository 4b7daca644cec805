// Expands the paths given on a command line into scenario files.
#pragma once

#include <string>
#include <vector>

namespace secondlook {

// Files are kept as given; folders contribute their *.yaml and *.yml files,
// sorted, searched recursively. Paths that do not exist are returned as they
// are, so the loader reports them like any other unreadable file.
std::vector<std::string> scenario_files(const std::vector<std::string>& paths);

// The library a command reads when given no path: scenarios/ in the working
// folder when there is one (an author at work), else the program's own.
std::string default_library_path();

}  // namespace secondlook
