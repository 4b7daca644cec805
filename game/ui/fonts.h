// The fonts of the interface, rebuilt at the window's scale so text stays
// sharp at any size (ImGui's default bitmap font does not scale well).
#pragma once

#include <imgui.h>

#include <string>

namespace secondlook {

struct Fonts {
    ImFont* body = nullptr;    // messages, explanations
    ImFont* strong = nullptr;  // names, buttons
    ImFont* small = nullptr;   // labels and hints: the body's size (only colour sets them apart), as
                               // nothing a player must read is smaller than the body text (issue 13)
    ImFont* aside = nullptr;   // message times: the one text smaller than the body, never needed to play
    ImFont* title = nullptr;   // screen titles
    ImFont* huge = nullptr;    // call screens, big numbers
    std::string source;        // the font file used, for diagnostics
};

// Rebuilds the atlas at `scale` (the window's scale times the player's text
// size); the caller re-uploads the texture. Looks for Open Sans
// (fonts-open-sans) in assets/fonts/ and the system; falls back to DejaVu
// Sans, then ImGui's built-in font with a warning on stderr. `spacing`
// (dyslexia-friendly) adds space between letters and between lines.
Fonts build_fonts(float scale, bool spacing = false);

}  // namespace secondlook
