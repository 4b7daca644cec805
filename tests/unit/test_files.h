// Paths of files the tests read from the source tree.
#pragma once

#include <string>

inline std::string source_path(const std::string& relative) {
    return std::string(SECONDLOOK_SOURCE_DIR) + "/" + relative;
}
