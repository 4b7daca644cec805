// Colours and ImGui style of the messenger look, in one place.
#pragma once

#include <imgui.h>

namespace secondlook::theme {

// A palette colour as ImGui wants it; in high contrast, mapped through
// high_contrast_colour().
ImU32 rgb(unsigned hex, float alpha = 1.0f);
// A colour as given, even in high contrast: for the few shapes that pick
// their own high-contrast look (the top bar, avatars, incoming bubbles).
ImU32 exact(unsigned hex, float alpha = 1.0f);

// High contrast (Settings): every screen's colours become black, white and
// a few light signal colours, with the keyboard focus in yellow. Light
// colours (backgrounds) turn black and dark ones (text, buttons) white, so
// every pair that had contrast keeps it, now at least 7:1 (WCAG AAA).
void set_high_contrast(bool on);
bool high_contrast();
unsigned high_contrast_colour(unsigned hex);

// Palette: chosen for contrast on a washed-out projector (text >= 4.5:1).
inline constexpr unsigned kAppBar = 0x1d2b3a;
inline constexpr unsigned kBackground = 0xe9edf2;
inline constexpr unsigned kPanel = 0xffffff;
inline constexpr unsigned kText = 0x14181f;
inline constexpr unsigned kMutedText = 0x4f5866;
inline constexpr unsigned kIncomingBubble = 0xe4e7ec;
inline constexpr unsigned kOutgoingBubble = 0x1459b8;
inline constexpr unsigned kAccent = 0x1459b8;
inline constexpr unsigned kGood = 0x1f7a3a;
inline constexpr unsigned kCaution = 0x9a5b00;
inline constexpr unsigned kDanger = 0xb3261e;
inline constexpr unsigned kCallBackground = 0x15191f;
inline constexpr unsigned kOnline = 0x2fa84f;
inline constexpr unsigned kFocus = 0xf2a900;  // the keyboard focus ring
// High contrast: a shape on black (an incoming bubble) in dark grey, so its
// edge shows; white text on it is 12.6:1.
inline constexpr unsigned kHighContrastShape = 0x333333;

// The shade over a screen behind a pop-up. High contrast dims far more: its
// screens are white on black, and half-dimmed white text still reads as if
// nothing were in front of it.
ImU32 dim();

// `scale` sizes the layout; `spacing` (dyslexia-friendly spacing) widens the
// gaps between items.
void apply_style(float scale, bool spacing = false);

}  // namespace secondlook::theme
