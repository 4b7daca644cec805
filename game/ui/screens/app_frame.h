// What the mock app screens share. On these screens the player acts rather
// than replies, so each choice is drawn as one of the app's own controls: a
// list row, a button. All of them show the number key that picks the choice.
#pragma once

#include <string>
#include <vector>

#include "core/scenario.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

inline constexpr float kPi = 3.14159265f;

// The choices to draw now: none while messages are still arriving.
std::vector<const Choice*> app_choices(const ScreenContext& context);

// The node's app, or a plain one for its kind of screen when the file names none;
// its colour darkened where needed so the bar's text reads at 4.5:1.
AppFrame app_frame_for(const Node* node);

// WCAG contrast ratio of two colours (1 to 21).
float contrast_ratio(unsigned a, unsigned b);
// White or near-black, whichever reads better on `background`.
unsigned ink_on(unsigned background);

// The colour of a look (red, green, amber); `plain` for Look::Plain, which is
// each screen's own.
unsigned look_colour(Look look, unsigned plain);

// A filled rounded rectangle with a border of `thickness` (already scaled),
// drawn as two fills: SDL_Renderer shows gaps in thick stroked outlines.
void outlined_rect(ImDrawList* draw, ImVec2 min, ImVec2 max, unsigned fill, unsigned border, float rounding,
                   float thickness);

// Text centred on `centre_x`, wrapped at `wrap`, from `top`. Returns its height.
float draw_centred_text(ImDrawList* draw, ImFont* font, const std::string& text, float centre_x, float top,
                        float wrap, unsigned colour);

// The app's bar across the top of `area` in its brand colour: a back arrow,
// the app's name and the page title. Returns the area below it.
Rect draw_app_bar(const ScreenContext& context, const Rect& area, const AppFrame& app);

// The page under the bar: a scrolling child window and the column its content
// is laid out in (window-local x, and width). Close with end_app_page().
struct AppPage {
    float left = 0;
    float width = 0;
};
AppPage begin_app_page(const ScreenContext& context, const char* id, const Rect& area,
                       unsigned background = theme::kPanel, float max_width = 660);
void end_app_page(const ScreenContext& context);

// Empty space of `height` (already scaled) at the cursor.
void app_space(float height);

// A heading across the column at the cursor.
void app_heading(const ScreenContext& context, const AppPage& page, ImFont* font, const std::string& text,
                 unsigned colour = theme::kText);

// The node's messages as a small info box across the column (nothing when
// there are none): the page's own explanation.
void draw_app_info(const ScreenContext& context, const AppPage& page, unsigned background = 0xe8f0fb,
                   unsigned ink = theme::kText, unsigned icon = theme::kAccent);
// The height draw_app_info() takes at `width`, with the space under it.
float app_info_height(const ScreenContext& context, float width);

// A key cap showing the number key (1 to 9) that picks a choice; nothing for
// other numbers, which have no key.
float number_key_size(const ScreenContext& context);
void draw_number_key(ImDrawList* draw, ImVec2 centre, int number, const ScreenContext& context, unsigned fill,
                     unsigned ink, unsigned border);

// A list row for a choice across the column: the text in strong type, the
// detail under it in small muted type, the number key and a chevron. The
// choice's look, unless plain, colours its text. True when clicked, or
// activated with Enter once focused.
struct RowLook {
    enum class Lead { None, Radio, Initials };
    Lead lead = Lead::None;
    std::string initials;  // for Initials
    unsigned lead_fill = 0xdbe4f3;
    unsigned lead_ink = 0x1d3f8a;
    unsigned text_colour = theme::kText;
    bool chevron = true;
    bool divider = true;  // a hairline under the row, as lists have
};
bool app_row(const ScreenContext& context, const AppPage& page, const Choice& choice, int number,
             const RowLook& look);

// A button for a choice at the cursor, `width` wide: the text centred, the
// number key at its left end, and the choice's detail under it. The choice's
// look, unless plain, fills it in that colour.
struct ButtonLook {
    unsigned fill = theme::kAccent;
    unsigned ink = 0xffffff;
    unsigned border = 0;  // drawn when outlined
    bool outlined = false;
    float height = 52;    // at scale 1; grows for long text
    float rounding = 10;  // at scale 1
    unsigned detail_ink = theme::kMutedText;
    bool handset = false;  // a phone's call button: pill, handset icon, key at the right
};
float app_button_height(const ScreenContext& context, const Choice& choice, float width, const ButtonLook& look);
// `hot`, when given, is set to whether the button is hovered or focused.
bool app_button(const ScreenContext& context, const Choice& choice, int number, float width, const ButtonLook& look,
                bool* hot = nullptr);

}  // namespace secondlook
