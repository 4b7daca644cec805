#include "core/session_join.h"

#include "core/utf8.h"

namespace secondlook {
namespace {

constexpr std::size_t kMinCodeLength = 4, kMaxCodeLength = 8;

bool ascii_letter_or_digit(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }

std::string_view without_spaces_around(std::string_view text) {
    const auto first = text.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    return text.substr(first, text.find_last_not_of(' ') - first + 1);
}

// The code point of a valid UTF-8 sequence of `length` bytes at `i`.
char32_t code_point(std::string_view text, std::size_t i, std::size_t length) {
    static constexpr unsigned char kLeadBits[] = {0, 0x7F, 0x1F, 0x0F, 0x07};
    char32_t point = static_cast<unsigned char>(text[i]) & kLeadBits[length];
    for (std::size_t k = 1; k < length; ++k) point = (point << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
    return point;
}

// Characters that show nothing yet change what is around them: controls
// (C0, DEL, C1), line and paragraph separators, and the text direction
// marks and overrides that can make a name read as another on a report.
bool invisible(char32_t c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x200E || c == 0x200F || (c >= 0x2028 && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

}  // namespace

std::optional<std::string> session_code_from(std::string_view typed, std::string* problem) {
    const std::string_view code = without_spaces_around(typed);
    bool letters_and_digits = code.size() >= kMinCodeLength && code.size() <= kMaxCodeLength;
    std::string capitals;
    for (char c : code) {
        letters_and_digits = letters_and_digits && ascii_letter_or_digit(c);
        capitals += c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
    if (!letters_and_digits) {
        *problem = "join.bad-code";
        return std::nullopt;
    }
    return capitals == "HOME" ? kHomeSession : capitals;
}

std::optional<std::string> nickname_from(std::string_view typed, std::string* problem) {
    const std::string_view nickname = without_spaces_around(typed);
    std::size_t characters = 0;
    for (std::size_t i = 0; i < nickname.size() && characters <= kMaxNicknameCharacters; ++characters) {
        const std::size_t length = utf8_sequence_length(nickname, i);
        if (length == 0 || invisible(code_point(nickname, i, length))) {
            *problem = "join.nickname-characters";
            return std::nullopt;
        }
        i += length;
    }
    if (characters == 0 || characters > kMaxNicknameCharacters) {
        *problem = "join.bad-nickname";
        return std::nullopt;
    }
    return std::string(nickname);
}

}  // namespace secondlook
