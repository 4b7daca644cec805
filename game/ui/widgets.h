// Drawing helpers shared by the screens: avatars, bubbles' text, buttons with
// a visible keyboard focus. No game logic.
#pragma once

#include <imgui.h>

#include <string>

#include "ui/fonts.h"

namespace secondlook {

struct Rect {
    ImVec2 min;
    ImVec2 max;
    float width() const { return max.x - min.x; }
    float height() const { return max.y - min.y; }
};

// A screen's main part and a panel beside it (at its right, `side_width`
// wide), or, when `area` is taller than wide (a phone, a tablet upright),
// under it at the full width (`under_height` high), so neither is squeezed
// sideways. `gap` around and between them.
struct Split {
    Rect main, side;
};
Split split_beside_or_under(const Rect& area, float side_width, float under_height, float gap);

// Opens a borderless child window covering `area`; pair with ImGui::EndChild().
void begin_area(const char* id, const Rect& area, unsigned background, bool scroll = false);

// Shades `area` for a pop-up over it, in a child window of its own: ImGui
// paints child windows over their parent's drawing, so a shade drawn in the
// parent stayed under the screen's areas (a friend request's bubble, the
// chat and the votes showed through). Open the pop-up's card inside it; pair
// with ImGui::EndChild().
void begin_dim(const char* id, const Rect& area, float rounding);

void draw_avatar(ImDrawList* draw, ImVec2 centre, float radius, unsigned rgb,
                 const std::string& initials, ImFont* font);

float text_height(ImFont* font, const std::string& text, float wrap_width);
ImVec2 text_size(ImFont* font, const std::string& text, float wrap_width = 0.0f);

// Wrapped text at the cursor, in a font and colour, advancing the cursor.
void wrapped_text(ImFont* font, unsigned colour, const std::string& text, float wrap_width);

// A label above a one-line text field, both starting at the cursor's x and
// the field `width` wide. True when Enter is pressed in the field.
bool labelled_text_field(const Fonts& fonts, float scale, const std::string& label, const char* id, char* buffer,
                         std::size_t size, float width, ImGuiInputTextFlags flags = 0);

// A tick box whose label wraps within `width` (ImGui's own label never
// wraps, and ran off the form at large text); clicking the label ticks it
// too. `spoken`: the box and its state, in words. True when it changed.
bool wrapped_checkbox(const std::string& label, const char* id, bool* value, float width, const Fonts& fonts,
                      float scale, const std::string& spoken);

// The width filled_button() gives a label in `font`, at least `min_width`.
float button_width(ImFont* font, const char* label, float min_width);

// Puts the next item after the last one on its line when it fits before
// `right`, else on a new line starting at `left` (< 0: the window's own
// start): rows of buttons wrap at large text sizes.
void same_line_if_fits(float next_width, float right, float gap, float left = -1.0f);

// A filled, rounded button with a focus ring when reached by keyboard.
bool filled_button(const char* label, ImVec2 size, unsigned colour, ImFont* font, float scale,
                   unsigned text_colour = 0xffffff);

// How a reply looks: normal, or under stress the urgent (panic) one and the
// shaky (steady) ones.
enum class ReplyLook { Normal, Urgent, Shaky };

// A reply option: "1  text", wrapped, full width. Returns true when chosen.
bool reply_button(const std::string& id, int number, const std::string& text, float width,
                  const Fonts& fonts, float scale, ReplyLook look = ReplyLook::Normal);
// The height reply_button() takes for `text` at `width`.
float reply_button_height(const std::string& text, float width, const Fonts& fonts, float scale,
                          ReplyLook look = ReplyLook::Normal);

// Seconds a steady reply must be held at high stress.
inline constexpr float kSteadyHoldSeconds = 1.2f;

// Draws the keyboard-focus ring around the last item when it has focus,
// and notes `spoken` (what the control is, in words) for read aloud. Every
// control calls it, so it also notes the control for the layout report.
void focus_ring(float scale, const std::string& spoken = {});

// Screens give the keyboard focus to their first control as they open; ImGui
// then scrolls that control to the middle of its area, which at large text
// sizes takes the heading above it out of view. Call right after the focused
// control, in an area opened with begin_area(): as the area appears, it stays
// scrolled to the top when everything down to the control fits, else scrolls
// only as far as the control's bottom edge. Does nothing on later frames.
void keep_heading_in_view();
// As keep_heading_in_view(), but the area opens at its very top whatever the
// focused control: for screens whose first lines are what they are for (the
// debrief's outcome and title). The control comes into view as Tab reaches it.
void open_at_top();

// The control that has the focus this frame, as focus_ring() noted it:
// ImGui's id (0 for none) and its words. Cleared by begin_focus_frame(),
// which also counts down the frames keep_heading_in_view() holds a scroll.
struct FocusedControl {
    unsigned id = 0;
    std::string spoken;
};
void begin_focus_frame();
const FocusedControl& focused_control();

// "Send##reply" -> "Send": a button's label without ImGui's hidden id part.
std::string visible_label(const std::string& label);

}  // namespace secondlook
