// The window's own account of its layout, for the layout test
// (tests/window/layout_test.sh, --layout-report FILE): every text drawn and
// every control, with where it is, what clips it, the box it belongs in and
// the window's size. The shared drawing helpers note what they draw, so every
// screen is covered without code of its own. Off (nothing kept) unless a
// report was asked for.
#pragma once

#include <imgui.h>

#include <SDL.h>

#include <string>

namespace secondlook {

struct Rect;

namespace layout {

// The font of asides (Fonts::aside): text in it is allowed below the body size.
void set_aside_font(const ImFont* font);

// Text drawn while a Decoration is open is part of a picture, with the same
// words written beside it (an avatar's initials): any size, any contrast.
class Decoration {
public:
    Decoration();
    ~Decoration();
    Decoration(const Decoration&) = delete;
    Decoration& operator=(const Decoration&) = delete;
};

// Starts noting this frame's items (only while `on`).
void begin_frame(bool on);
bool noting();

// Text as ImDrawList::AddText draws it (same arguments), noted first, but
// wrapped at spaces only (text_wrap.h). Every text the screens draw goes
// through here or wrapped_text().
void add_text(ImDrawList* draw, ImFont* font, float size, const ImVec2& pos, ImU32 colour, const char* begin,
              const char* end = nullptr, float wrap_width = 0.0f, const ImVec4* clip = nullptr);

// Notes the last ImGui item as a control the player uses (a button, a field),
// named by `label`.
void note_control(const std::string& label);
// Notes the last ImGui item as text ImGui drew itself (TextUnformatted):
// `text` as given, `drawn` as wrap_at_spaces() broke it at `wrap_width`.
void note_item_text(ImFont* font, const std::string& text, const std::string& drawn, float wrap_width, ImU32 colour);
// Notes text ImGui drew itself between `min` and `max` (a button's label), not wrapped.
void note_text(ImFont* font, const std::string& text, const ImVec2& min, const ImVec2& max, ImU32 colour);

// Text drawn while a box is open must stay inside it (a bubble, a card, an
// option): the box's edge is where it visibly overflows.
class Box {
public:
    explicit Box(const ImVec2& min, const ImVec2& max);
    ~Box();
    Box(const Box&) = delete;
    Box& operator=(const Box&) = delete;
};

// A pop-up over the screen: whatever is drawn after it over `area`, outside
// the pop-up's own window, shows through it.
void note_cover(const ImVec2& min, const ImVec2& max);
// The current window keeps to its end (a chat showing its latest message):
// it opens scrolled down on purpose.
void note_follows_end();
// The pop-up's own window is the current one (called inside it).
void note_cover_window();

// What the report says of the frame as a whole.
struct FrameFacts {
    std::string label;     // the screen or step, and the settings it was drawn with
    float body_size = 0;   // the body text's size in pixels: nothing a player must read is smaller
    bool fresh = false;    // the screen has just opened (its scrolling is as the player first sees it)
};

// Appends the frame's items as one JSON line to `path`, with each text's
// background read from the frame the renderer has drawn (for its
// contrast). Call after ImGui::Render() and drawing, before presenting.
bool write_frame(const std::string& path, const FrameFacts& facts, SDL_Renderer* renderer, std::string* error);
// The same line as a string (the browser test's hook reads it from the page).
bool frame_report(const FrameFacts& facts, SDL_Renderer* renderer, std::string* report, std::string* error);

}  // namespace layout
}  // namespace secondlook
