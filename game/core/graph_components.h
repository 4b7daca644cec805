// Strongly connected components of a directed graph (Tarjan's algorithm,
// without recursion, so a story of 100,000 nodes in a line cannot exhaust
// the stack). The score computation uses them twice: on the story's nodes,
// to know when a scoring action can no longer come back, and on the
// situations of play, to add points up from the endings backwards.
#pragma once

#include <cstddef>
#include <vector>

namespace secondlook {

struct GraphComponents {
    // The component of each vertex. Numbered sinks first: an edge always
    // leads to a component with the same or a lower number, so going up
    // from 0 visits every component after all it leads to.
    std::vector<std::size_t> of;
    std::size_t count = 0;
};

// `edges[v]` lists the vertices v leads to.
GraphComponents graph_components(const std::vector<std::vector<std::size_t>>& edges);

}  // namespace secondlook
