#include <algorithm>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/layout_report.h"
#include "ui/screens/app_frame.h"

namespace secondlook {
namespace {

// The player's own account at the top of the page, as settings pages start.
void draw_account_card(const ScreenContext& context, const AppPage& page) {
    const float s = context.scale;
    const Fonts& fonts = context.fonts;
    // Taller at large text sizes, so "You" and its detail stay inside the card.
    const float text_h = fonts.strong->FontSize * 1.25f + fonts.small->FontSize * 1.2f;
    const float height = std::max(84 * s, text_h + 24 * s), radius = 28 * s;
    ImGui::SetCursorPosX(page.left);
    const ImVec2 min = ImGui::GetCursorScreenPos();
    ImGui::Dummy(ImVec2(page.width, height));
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, ImVec2(min.x + page.width, min.y + height), theme::rgb(0xf2f4f7), 12 * s);
    // A blank profile picture: head and shoulders.
    const ImVec2 centre(min.x + 18 * s + radius, min.y + height / 2);
    draw->AddCircleFilled(centre, radius, theme::rgb(0xb9c3d0), 48);
    draw->AddCircleFilled(ImVec2(centre.x, centre.y - radius * 0.2f), radius * 0.34f, theme::rgb(0xffffff), 32);
    draw->PathArcTo(ImVec2(centre.x, centre.y + radius * 0.72f), radius * 0.6f, kPi, 2 * kPi, 24);
    draw->PathFillConvex(theme::rgb(0xffffff));
    const float text_x = centre.x + radius + 16 * s;
    const float top = centre.y - (fonts.strong->FontSize + fonts.small->FontSize) * 0.62f;
    layout::add_text(draw, fonts.strong, fonts.strong->FontSize, ImVec2(text_x, top), theme::rgb(theme::kText), side_text(context.state.run()->scenario(), "chat.you").c_str());
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(text_x, top + fonts.strong->FontSize * 1.25f),
                  theme::rgb(theme::kMutedText), side_text(context.state.run()->scenario(), "account.you-detail").c_str());
}

}  // namespace

// A phone's "Settings and privacy" page: the player's account, then the
// account actions as rows, under "Account" or the page's own `section`.
// A choice with `look: danger` (deleting) is drawn in red, as real apps do.
UiAction draw_account_settings(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const AppFrame app = app_frame_for(context.state.showing_node());
    const Rect below = draw_app_bar(context, area, app);
    const AppPage page = begin_app_page(context, "account-settings", below);
    draw_account_card(context, page);
    app_space(16 * s);
    draw_app_info(context, page);
    app_space(6 * s);
    app_heading(context, page, context.fonts.strong, app.section.empty() ? ui_text("account.section") : app.section);
    app_space(4 * s);
    int number = 0;
    for (const Choice* choice : app_choices(context)) {
        if (app_row(context, page, *choice, ++number, RowLook{})) action = {UiAction::Kind::Choose, 0, choice->id};
    }
    end_app_page(context);
    return action;
}

}  // namespace secondlook
