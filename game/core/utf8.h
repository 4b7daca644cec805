// Counting characters in UTF-8 text, where one character may take several
// bytes: limits and short labels are about what a reader sees, not bytes.
#pragma once

#include <cstddef>
#include <string_view>

namespace secondlook {

// The second, third or fourth byte of a multi-byte character.
inline bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Characters in valid UTF-8 text.
inline std::size_t character_count(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += is_continuation_byte(static_cast<unsigned char>(c)) ? 0 : 1;
    return count;
}

}  // namespace secondlook
