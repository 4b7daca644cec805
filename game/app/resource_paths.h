// Finds the folders the program reads at run time (assets/, scenarios/),
// whether it runs from a build tree, an installed prefix or elsewhere.
#pragma once

#include <string>

namespace secondlook {

// The folder holding assets/ and scenarios/: $SECONDLOOK_DATA if set, else
// next to or above the executable, else share/secondlook of an installed
// prefix, else the working directory.
std::string data_directory();

std::string support_file_path();     // assets/support/en-GB.yaml
std::string scenarios_directory();   // scenarios/

}  // namespace secondlook
