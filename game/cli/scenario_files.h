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
// The files that are scenarios, or the ones that are knowledge-check
// question sets (a top-level 'questions:'), which live in the same folders.
std::vector<std::string> scenarios_only(const std::vector<std::string>& files);
std::vector<std::string> question_sets_only(const std::vector<std::string>& files);

}  // namespace secondlook
