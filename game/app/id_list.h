// Comma-separated id lists, as given to --choose.
#pragma once

#include <string>
#include <vector>

namespace secondlook {

// "a, b,,c" to {"a","b","c"}: spaces trimmed, empty items dropped.
std::vector<std::string> split_ids(const std::string& list);

}  // namespace secondlook
