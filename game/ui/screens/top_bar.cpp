#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

#include <algorithm>

namespace secondlook {
namespace {

struct BarButton {
    const char* label_id;  // in the string table
    float min_width;  // design pixels
    unsigned colour;
    UiAction::Kind kind;
};
const BarButton kBarButtons[] = {
    {"top.settings", 150, 0x3a5573, UiAction::Kind::OpenSettings},
    {"top.help", 130, 0x3a5573, UiAction::Kind::OpenHelp},
    {"top.quick-exit", 170, theme::kDanger, UiAction::Kind::QuickExit},
};
constexpr float kBarGap = 12, kBarMargin = 16;

// Wide enough for its label at the player's text size.
float bar_button_width(const ScreenContext& context, const BarButton& button) {
    return std::max(button.min_width * context.scale, text_size(context.fonts.strong, ui_text(button.label_id)).x + 36 * context.scale);
}

}  // namespace

float top_bar_height(const ScreenContext& context) {
    return std::max(64 * context.scale, context.fonts.strong->FontSize + 34 * context.scale);
}

float top_bar_buttons_width(const ScreenContext& context) {
    float width = kBarMargin * context.scale;
    for (const auto& button : kBarButtons) width += bar_button_width(context, button) + kBarGap * context.scale;
    return width;
}

float top_bar_title_end(const ScreenContext& context, const Rect& area) {
    return area.min.x + 64 * context.scale + text_size(context.fonts.strong, "Second Look").x;
}

UiAction draw_top_bar(const ScreenContext& context, const Rect& area, float status_width) {
    const float s = context.scale;
    UiAction action;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    // High contrast would turn the dark bar white, and its light buttons
    // with it: the bar stays black, edged in white, with white text.
    const bool contrast = theme::high_contrast();
    const ImU32 ink = contrast ? theme::exact(0xffffff) : theme::rgb(0xffffff);
    if (contrast) {
        draw->AddRectFilled(area.min, area.max, theme::exact(0x000000));
        draw->AddLine(ImVec2(area.min.x, area.max.y - 1.5f * s), ImVec2(area.max.x, area.max.y - 1.5f * s), ink, 3 * s);
    } else {
        draw->AddRectFilled(area.min, area.max, theme::rgb(theme::kAppBar));
    }

    // The brand mark: two overlapping circles, a "second look".
    ImVec2 mark(area.min.x + 34 * s, (area.min.y + area.max.y) / 2);
    draw->AddCircle(mark, 13 * s, contrast ? theme::exact(0xffff00) : theme::rgb(0x8fb8f0), 32, 3 * s);
    draw->AddCircle(ImVec2(mark.x + 11 * s, mark.y), 13 * s, ink, 32, 3 * s);
    std::string title = "Second Look";
    if (const Run* run = context.state.run(); run && context.state.screen() != ScreenId::ScenarioList)
        title += "  \xC2\xB7  " + run->scenario().title;
    ImVec2 title_size = text_size(context.fonts.strong, title);
    // At large text sizes the scenario's name gives way to the buttons and
    // to the captions, which a player who cannot hear the sounds needs more.
    const float room = area.max.x - top_bar_buttons_width(context) - status_width - (area.min.x + 64 * s);
    if (title_size.x > room) {
        title = "Second Look";
        title_size = text_size(context.fonts.strong, title);
    }
    // On a phone even the name gives way (the mark stays): the buttons matter more.
    if (title_size.x <= room)
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                         ImVec2(area.min.x + 64 * s, mark.y - title_size.y / 2), ink, title.c_str());

    const float button_h = area.height() - 18 * s;
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - top_bar_buttons_width(context) + kBarGap * s, area.min.y + 9 * s));
    for (const auto& button : kBarButtons) {
        if (&button != kBarButtons) ImGui::SameLine(0, kBarGap * s);
        if (filled_button(ui_text(button.label_id).c_str(), ImVec2(bar_button_width(context, button), button_h), button.colour,
                          context.fonts.strong, s))
            action = UiAction::of(button.kind);
    }
    return action;
}

}  // namespace secondlook
