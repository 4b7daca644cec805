#include "text_check.h"

#include "utf8.h"

namespace secondlook {
std::string TextFault::message() const {
    switch (kind) {
        case Kind::Nul:
            return "the file holds a NUL byte, so it is binary data or UTF-16, not text; save it as plain UTF-8 text";
        case Kind::NotUtf8:
            return "this is not valid UTF-8 text; save the file as UTF-8 in your editor (or retype the character here)";
        case Kind::Control:
            return "the file holds an invisible control character (code " + std::to_string(byte) +
                   ") here; delete it";
    }
    return {};
}

std::optional<TextFault> first_text_fault(std::string_view text) {
    int line = 1, column = 1;
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x7F) {  // plain ASCII, most of any file: nothing to check
            ++column;
            ++i;
            continue;
        }
        if (c == 0) return TextFault{TextFault::Kind::Nul, line, column, c};
        const std::size_t length = utf8_sequence_length(text, i);
        if (length == 0) return TextFault{TextFault::Kind::NotUtf8, line, column, c};
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F)
            return TextFault{TextFault::Kind::Control, line, column, c};
        if (c == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

}  // namespace secondlook
