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
    if (filled_button("Close help  (Esc)", ImVec2(240 * s, 48 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::CloseHelp);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::SetCursorPosX(pad);
    draw_support_card(context, inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, "Keys", inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kText,
                 "F1: this help    Shift three times: quick exit (closes at once)\n"
                 "1-9: pick a reply    Tab and arrows: move between buttons    Enter: press\n"
                 "S: screenshot into the evidence locker    E: the evidence locker\n"
                 "Hold C: a slow, calming breath    Click a name: their profile    Flag: a warning sign\n"
                 "P: pause the clock (facilitators)    F2: settings    Esc: close\n"
                 "F3: read aloud on or off    Space: skip waiting for messages    F12: save a screenshot",
                 inner);
    ImGui::Dummy(ImVec2(0, pad));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
