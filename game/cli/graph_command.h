// `secondlook graph FILE [-o OUT.dot]`: the scenario as a Graphviz DOT graph
// (render with `dot -Tsvg`), endings and scored choices marked.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "core/scenario.h"

namespace secondlook {

// Writes `scenario` as DOT: one box per node (mock apps and the turn shaded),
// endings as double octagons coloured by outcome, choices as solid arrows
// (bold green with their points when they score), branches as dashed arrows
// labelled with their condition.
void write_dot(const Scenario& scenario, std::ostream& out);

int graph_command(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

}  // namespace secondlook
