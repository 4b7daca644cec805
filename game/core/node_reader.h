// Reads one entry of a scenario's `nodes:` list: its messages, choices,
// branches or ending. References to other nodes are left as ids here; the
// scenario loader resolves them once every node is known.
#pragma once

#include <string>

#include "diagnostics.h"
#include "scenario.h"
#include "yaml_document.h"

namespace secondlook {

Node read_node(const YamlNode& yaml, const std::string& file, Diagnostics& diagnostics);

}  // namespace secondlook
