// Lines break only at spaces (issue 13: "1," / "304", "www." / "police.uk"),
// or inside a word too long for a line of its own.
#include <doctest/doctest.h>
#include <imgui.h>

#include <sstream>
#include <string>
#include <vector>

#include "ui/text_wrap.h"

namespace secondlook {
namespace {

// ImGui's built-in font: every glyph 7 pixels wide at 13 pixels.
struct BuiltInFont {
    BuiltInFont() {
        ImGui::CreateContext();
        font = ImGui::GetIO().Fonts->AddFontDefault();
        unsigned char* pixels = nullptr;
        int width = 0, height = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    }
    ~BuiltInFont() { ImGui::DestroyContext(); }
    float width(const std::string& text) const { return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.c_str()).x; }
    ImFont* font = nullptr;
};

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

TEST_CASE("text breaks at spaces, never after the dots and commas inside numbers and addresses") {
    BuiltInFont built_in;
    const std::string text = "Call 101 or go to www.police.uk, the fine was 1,304 pounds";
    for (const char* narrowest : {"www.police.uk,", "the fine was 1,304"}) {
        const float width = built_in.width(narrowest);
        const auto lines = lines_of(wrap_at_spaces(built_in.font, built_in.font->FontSize, text, width));
        std::string joined;
        for (const auto& line : lines) {
            CHECK(built_in.width(line) <= width);
            joined += (joined.empty() ? "" : " ") + line;
        }
        CHECK(joined == text);  // every break was a space
    }
    const float wide = built_in.width("Call 101 or go to www.police.uk, the");
    CHECK(lines_of(wrap_at_spaces(built_in.font, built_in.font->FontSize, text, wide)) ==
          std::vector<std::string>{"Call 101 or go to www.police.uk, the", "fine was 1,304 pounds"});
}

TEST_CASE("a word too long for a line is broken inside, as full as each line can be") {
    BuiltInFont built_in;
    const float width = built_in.width("abcd");
    CHECK(wrap_at_spaces(built_in.font, built_in.font->FontSize, "ab abcdefghij", width) == "ab\nabcd\nefgh\nij");
    // Never a character split in two: "é" is two bytes.
    CHECK(wrap_at_spaces(built_in.font, built_in.font->FontSize, "éééééé", width) == "éééé\néé");
    // Line breaks already in the text are kept; no width, no wrapping.
    CHECK(wrap_at_spaces(built_in.font, built_in.font->FontSize, "a b\nc", width) == "a b\nc");
    CHECK(wrap_at_spaces(built_in.font, built_in.font->FontSize, "a b c", 0) == "a b c");
}

}  // namespace
}  // namespace secondlook
