#include "graph_components.h"

#include <algorithm>
#include <limits>

namespace secondlook {

GraphComponents graph_components(const std::vector<std::vector<std::size_t>>& edges) {
    constexpr std::size_t kUnvisited = std::numeric_limits<std::size_t>::max();
    const std::size_t n = edges.size();
    GraphComponents result;
    result.of.assign(n, kUnvisited);
    std::vector<std::size_t> order(n, kUnvisited), low(n, 0);
    std::vector<bool> on_stack(n, false);
    std::vector<std::size_t> stack;
    struct Frame {
        std::size_t vertex;
        std::size_t next_edge;
    };
    std::vector<Frame> calls;  // the recursion of the textbook version, made explicit
    std::size_t counter = 0;
    auto discover = [&](std::size_t v) {
        order[v] = low[v] = counter++;
        stack.push_back(v);
        on_stack[v] = true;
        calls.push_back({v, 0});
    };
    for (std::size_t root = 0; root < n; ++root) {
        if (order[root] != kUnvisited) continue;
        discover(root);
        while (!calls.empty()) {
            const std::size_t v = calls.back().vertex;
            if (calls.back().next_edge < edges[v].size()) {
                const std::size_t w = edges[v][calls.back().next_edge++];
                if (order[w] == kUnvisited)
                    discover(w);
                else if (on_stack[w])
                    low[v] = std::min(low[v], order[w]);
                continue;
            }
            if (low[v] == order[v]) {  // v roots a component: all above it on the stack
                std::size_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    on_stack[w] = false;
                    result.of[w] = result.count;
                } while (w != v);
                ++result.count;
            }
            calls.pop_back();
            if (!calls.empty()) low[calls.back().vertex] = std::min(low[calls.back().vertex], low[v]);
        }
    }
    return result;
}

}  // namespace secondlook
