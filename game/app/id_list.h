// Comma-separated id lists, as given to --choose (and kept by a learning platform to resume a play).
#pragma once

#include <string>
#include <vector>

namespace secondlook {

// "a, b,,c" to {"a","b","c"}: spaces trimmed, empty items dropped.
std::vector<std::string> split_ids(const std::string& list);
// {"a","b"} to "a,b": what split_ids reads back (ids hold no commas).
std::string join_ids(const std::vector<std::string>& ids);

}  // namespace secondlook
