// A cast member's profile details ("Joined: 3 weeks ago"), each with its
// Flag button: drawn on the profile card and on the friend-request card, so a
// detail can be flagged wherever the player reads it, with the same action.
#pragma once

#include <string>

#include "ui/screens/screens.h"

namespace secondlook {

// The width side_button() takes for `label`.
float side_button_width(const char* label, const Fonts& fonts, float s);

// Puts the next button, `width` wide, at the right end of the line just
// drawn when the line's text left room for it (`text_end`: where the text
// may reach), else under it: buttons grow with the text size.
void beside_or_under(float text_end, float width, float right, float gap);

// A small outlined button beside a line ("Copy ID to notes", "Flag"); keyboard
// reachable, with a focus ring. `done` draws it filled and inert.
bool side_button(const char* id, const char* label, unsigned colour, const Fonts& fonts, float s, bool done = false);

// The details of `member` from the cursor, `x` from the window's left and
// `width` wide; returns "flag:CAST.DETAIL" when a Flag is pressed.
UiAction draw_profile_details(const ScreenContext& context, const CastMember& member, float x, float width);

}  // namespace secondlook
