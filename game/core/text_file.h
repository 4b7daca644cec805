// Reading a whole file into memory, as every loader does before parsing.
#pragma once

#include <optional>
#include <string>

namespace secondlook {

// The file's bytes, or nullopt when it cannot be opened.
std::optional<std::string> read_text_file(const std::string& path);

}  // namespace secondlook
