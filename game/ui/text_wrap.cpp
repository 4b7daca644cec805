#include "text_wrap.h"

#include <vector>

namespace secondlook {
namespace {

float width_of(const ImFont* font, float size, std::string_view text) {
    return font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data(), text.data() + text.size()).x;
}

bool continues_character(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// One paragraph (no '\n') broken into lines, appended to `out`.
void wrap_paragraph(const ImFont* font, float size, std::string_view paragraph, float width, std::string& out) {
    const float space = width_of(font, size, " ");
    std::string line;
    float line_width = 0;
    bool line_started = false;
    auto end_line = [&] {
        out += line;
        out += '\n';
        line.clear();
        line_width = 0;
        line_started = false;
    };
    std::size_t start = 0;
    while (start <= paragraph.size()) {
        std::size_t stop = paragraph.find(' ', start);
        if (stop == std::string_view::npos) stop = paragraph.size();
        std::string_view word = paragraph.substr(start, stop - start);
        const float word_width = width_of(font, size, word);
        if (line_started && line_width + space + word_width > width) end_line();
        if (line_started) {
            line += ' ';
            line_width += space;
        }
        if (line_width + word_width <= width || word.empty()) {
            line += word;
            line_width += word_width;
        } else {
            // A word too long for a line of its own: as many characters as fit on each.
            std::size_t at = 0;
            while (at < word.size()) {
                std::size_t next = at + 1;
                while (next < word.size() && continues_character(word[next])) ++next;
                const float char_width = width_of(font, size, word.substr(at, next - at));
                if (line_width + char_width > width && !line.empty() && line_width > 0) end_line();
                line.append(word.substr(at, next - at));
                line_width += char_width;
                at = next;
            }
        }
        line_started = true;
        start = stop + 1;
    }
    out += line;
}

}  // namespace

std::string wrap_at_spaces(const ImFont* font, float size, std::string_view text, float width) {
    if (width <= 0) return std::string(text);
    std::string out;
    out.reserve(text.size() + 8);
    std::size_t start = 0;
    while (true) {
        const std::size_t stop = text.find('\n', start);
        wrap_paragraph(font, size, text.substr(start, stop == std::string_view::npos ? std::string_view::npos : stop - start),
                       width, out);
        if (stop == std::string_view::npos) break;
        out += '\n';
        start = stop + 1;
    }
    return out;
}

}  // namespace secondlook
