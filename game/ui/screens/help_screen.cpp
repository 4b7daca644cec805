#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

UiAction draw_help(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    ImGui::GetWindowDrawList()->AddRectFilled(area.min, area.max, theme::rgb(0x0b1220, 0.6f));
    const float width = std::min(area.width() - 60 * s, 960 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 20 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 20 * s}};
    begin_area("help", card, theme::kPanel, true);
    const float pad = 32 * s, inner = width - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    if (filled_button(ui_text("help.close").c_str(), ImVec2(240 * s, 48 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::CloseHelp);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::SetCursorPosX(pad);
    draw_support_card(context, inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, ui_text("help.keys-title"), inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kText, ui_text("help.keys"), inner);
    ImGui::Dummy(ImVec2(0, pad));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
