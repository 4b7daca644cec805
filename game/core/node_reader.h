// Reads one entry of a scenario's `nodes:` list: its messages, choices,
// branches or ending. References to other nodes are left as ids here; the
// scenario loader resolves them once every node is known.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "diagnostics.h"
#include "scenario.h"

namespace secondlook {

Node read_node(const YAML::Node& yaml, const std::string& file, const SourceLocation& fallback,
               Diagnostics& diagnostics);

}  // namespace secondlook
