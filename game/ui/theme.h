// Colours and ImGui style of the messenger look, in one place.
#pragma once

#include <imgui.h>

namespace secondlook::theme {

ImU32 rgb(unsigned hex, float alpha = 1.0f);

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

void apply_style(float scale);

}  // namespace secondlook::theme
