// Turns a scenario YAML file into a Scenario, reporting every problem with its
// file, line and column. References between nodes are resolved in a second
// pass after every node is read, so all broken links are reported at once.
#pragma once

#include <memory>
#include <string>

#include "diagnostics.h"
#include "scenario.h"

namespace secondlook {

// Marks a reference that could not be resolved.
inline constexpr std::size_t kUnresolved = static_cast<std::size_t>(-1);

struct LoadResult {
    std::shared_ptr<const Scenario> scenario;  // null when the file could not be read at all
    Diagnostics diagnostics;

    bool ok() const { return scenario && !diagnostics.has_errors(); }
};

// Reads and checks the file: structure, references and the validator's rules.
LoadResult load_scenario_file(const std::string& path);

// The same for text already in memory; `file_name` is used in messages.
// Both refuse, with a located error, what no scenario needs and could harm
// the program: see input_limits.h. The file version also refuses a link that
// leads out of the folder holding it.
LoadResult load_scenario_text(const std::string& text, const std::string& file_name);

}  // namespace secondlook
