// Counting characters in UTF-8 text, where one character may take several
// bytes: limits and short labels are about what a reader sees, not bytes.
// And checking text is UTF-8 at all (scenario files, records read back).
#pragma once

#include <cstddef>
#include <string_view>

namespace secondlook {

// The second, third or fourth byte of a multi-byte character.
inline bool is_continuation_byte(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid
// (overlong forms, surrogates and code points past U+10FFFF included).
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length;
    unsigned min_second = 0x80, max_second = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) min_second = 0xA0;  // overlong
        if (lead == 0xED) max_second = 0x9F;  // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) min_second = 0x90;  // overlong
        if (lead == 0xF4) max_second = 0x8F;  // past U+10FFFF
    } else {
        return 0;
    }
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}

// Characters in valid UTF-8 text.
inline std::size_t character_count(std::string_view text) {
    std::size_t count = 0;
    for (char c : text) count += is_continuation_byte(static_cast<unsigned char>(c)) ? 0 : 1;
    return count;
}

// True when all of `text` is valid UTF-8.
inline bool is_valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return false;
        i += length;
    }
    return true;
}

}  // namespace secondlook
