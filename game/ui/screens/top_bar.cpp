#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

UiAction draw_top_bar(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(area.min, area.max, theme::rgb(theme::kAppBar));

    // The brand mark: two overlapping circles, a "second look".
    ImVec2 mark(area.min.x + 34 * s, (area.min.y + area.max.y) / 2);
    draw->AddCircle(mark, 13 * s, theme::rgb(0x8fb8f0), 32, 3 * s);
    draw->AddCircle(ImVec2(mark.x + 11 * s, mark.y), 13 * s, theme::rgb(0xffffff), 32, 3 * s);
    std::string title = "Second Look";
    if (const Run* run = context.state.run(); run && context.state.screen() != ScreenId::ScenarioList)
        title += "  \xC2\xB7  " + run->scenario().title;
    ImVec2 title_size = text_size(context.fonts.strong, title);
    draw->AddText(context.fonts.strong, context.fonts.strong->FontSize,
                  ImVec2(area.min.x + 64 * s, mark.y - title_size.y / 2), theme::rgb(0xffffff), title.c_str());

    const float button_h = area.height() - 18 * s;
    const float exit_w = 170 * s, help_w = 130 * s, gap = 12 * s;
    ImGui::SetCursorScreenPos(ImVec2(area.max.x - exit_w - help_w - gap - 16 * s, area.min.y + 9 * s));
    if (filled_button("Help  F1", ImVec2(help_w, button_h), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenHelp);
    ImGui::SameLine(0, gap);
    if (filled_button("Quick exit", ImVec2(exit_w, button_h), theme::kDanger, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::QuickExit);
    return action;
}

}  // namespace secondlook
