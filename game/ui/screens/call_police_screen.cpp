#include <algorithm>
#include <cctype>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/screens/app_frame.h"

namespace secondlook {
namespace {

constexpr unsigned kDialler = theme::kCallBackground;
constexpr unsigned kCallBlue = 0x1459b8;

// The number in a choice's text ("Call 101" gives "101"); empty when none.
std::string number_in(const std::string& text) {
    std::size_t start = 0;
    while (start < text.size() && !std::isdigit(static_cast<unsigned char>(text[start]))) ++start;
    if (start == text.size()) return {};
    std::size_t end = start;
    while (end < text.size() && (std::isdigit(static_cast<unsigned char>(text[end])) ||
                                 (text[end] == ' ' && end + 1 < text.size() &&
                                  std::isdigit(static_cast<unsigned char>(text[end + 1])))))
        ++end;
    return text.substr(start, end - start);
}

}  // namespace

// A phone's dialler: the number display, and one big call button per
// choice with what that number is for under it: blue, or as the choice's
// look says (999 is `danger`, red; 101 `good`, green). The display shows the
// number of the button under the pointer or keyboard focus.
UiAction draw_call_police(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    UiAction action;
    const Rect below = draw_app_bar(context, area, app_frame_for(context.state.showing_node()));
    const auto choices = app_choices(context);
    // Many numbers sit two to a row, like a phone's favourites, so they all fit.
    const bool grid = choices.size() > 3 && below.width() >= 700 * s;
    const AppPage page = begin_app_page(context, "call-police", below, kDialler, grid ? 720 : 520);
    ImDrawList* draw = ImGui::GetWindowDrawList();

    // The display, filled in once the buttons are known.
    const float display_h = fonts.huge->FontSize * 1.3f + 8 * s;
    ImGui::SetCursorPosX(page.left);
    const ImVec2 display(ImGui::GetCursorScreenPos());
    app_space(display_h);
    app_space(16 * s);
    draw_app_info(context, page, 0x262d37, 0xe8edf3, 0x6fa8ff);

    ButtonLook look;
    look.fill = kCallBlue;
    look.ink = 0xffffff;
    look.height = 60;
    look.handset = true;
    look.detail_ink = 0xc9d2de;
    const float gap = 16 * s;
    const std::size_t columns = grid ? 2 : 1;
    const float width = (page.width - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    std::string dialled;
    for (std::size_t row = 0; row * columns < choices.size(); ++row) {
        const float top = ImGui::GetCursorPosY();
        float row_h = 0;
        for (std::size_t column = 0; column < columns && row * columns + column < choices.size(); ++column) {
            const std::size_t index = row * columns + column;
            const Choice& choice = *choices[index];
            row_h = std::max(row_h, app_button_height(context, choice, width, look));
            ImGui::SetCursorPos(ImVec2(page.left + static_cast<float>(column) * (width + gap), top));
            bool hot = false;
            if (app_button(context, choice, static_cast<int>(index) + 1, width, look, &hot))
                action = {UiAction::Kind::Choose, 0, choice.id};
            if (hot) dialled = number_in(choice.text);
        }
        ImGui::SetCursorPos(ImVec2(page.left, top + row_h));
        app_space(gap);
    }

    const float centre_x = display.x + page.width / 2;
    if (dialled.empty()) {
        const std::string hint = side_text(context.state.run()->scenario(), "call.hint");
        draw_centred_text(draw, fonts.body, hint, centre_x, display.y + (display_h - fonts.body->FontSize) / 2 - 4 * s,
                          page.width, 0xaab4c3);
    } else {
        draw_centred_text(draw, fonts.huge, dialled, centre_x, display.y, page.width, 0xffffff);
    }
    draw->AddRectFilled(ImVec2(display.x + page.width * 0.15f, display.y + display_h),
                        ImVec2(display.x + page.width * 0.85f, display.y + display_h + 1.5f * s), theme::rgb(0x414b59));
    end_app_page(context);
    return action;
}

}  // namespace secondlook
