// Whether bytes are plain text a person wrote: valid UTF-8 with no NUL byte
// and no invisible control character other than tab and line breaks. Every
// loader of a text file the user names asks this first, so a binary or
// damaged file is refused at its place instead of showing as garbage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace secondlook {

struct TextFault {
    enum class Kind { Nul, NotUtf8, Control } kind;
    int line = 1;    // 1-based
    int column = 1;  // 1-based, in characters
    unsigned char byte = 0;

    // What is wrong and what to do, e.g. "this is not valid UTF-8 text; save
    // the file as UTF-8 in your editor (or retype the character here)".
    std::string message() const;
};

// The first fault in `text`, or nullopt when it is all plain text.
std::optional<TextFault> first_text_fault(std::string_view text);

// The UTF-8 byte order mark some editors put at the start of a file.
inline constexpr std::string_view kUtf8ByteOrderMark = "\xEF\xBB\xBF";

}  // namespace secondlook
