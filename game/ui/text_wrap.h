// Where lines of text break. ImGui breaks after any ".,;!?" as well as at
// spaces, which splits numbers and addresses ("1," / "304", "www." /
// "police.uk"); every wrapped text in the window is broken here instead:
// only at spaces, or inside a word too long for a line of its own.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

namespace secondlook {

// `text` with a line break ('\n') in place of each space where a line ends,
// and inside any word wider than `width` (between UTF-8 characters, at least
// one per line). Lines are as full as they can be; `size` is the font size
// in pixels. A `width` of 0 or less leaves the text as it is.
std::string wrap_at_spaces(const ImFont* font, float size, std::string_view text, float width);

}  // namespace secondlook
