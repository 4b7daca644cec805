#include "text_check.h"

namespace secondlook {
namespace {

// Length of the UTF-8 sequence starting at `i`, or 0 when it is not valid
// (overlong forms, surrogates and code points past U+10FFFF included).
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
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

}  // namespace

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
