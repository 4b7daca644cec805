#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

#include <algorithm>

namespace secondlook {

UiAction draw_content_note(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const float card_w = std::min(area.width() - 80 * s, 900 * s);
    const float wrap = card_w - 80 * s;
    Rect card{{area.min.x + (area.width() - card_w) / 2, area.min.y + 30 * s},
              {area.min.x + (area.width() + card_w) / 2, area.max.y - 30 * s}};
    begin_area("content-note", card, theme::kPanel, true);
    ImGui::SetCursorPos(ImVec2(40 * s, 32 * s));
    wrapped_text(context.fonts.title, theme::kText, ui_text("note.title"), wrap);
    ImGui::Dummy(ImVec2(0, 4 * s));
    for (const char* paragraph : {"note.covers", "note.nothing-shown", "note.stop", "note.no-blame"}) {
        ImGui::SetCursorPosX(40 * s);
        wrapped_text(context.fonts.body, theme::kText, ui_text(paragraph), wrap);
        ImGui::Dummy(ImVec2(0, 2 * s));
    }
    ImGui::SetCursorPosX(40 * s);
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(40 * s);
    const float continue_w = std::min(320 * s, wrap), help_w = std::min(220 * s, wrap);
    if (filled_button(ui_text("note.continue").c_str(), ImVec2(continue_w, 54 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::AcceptContentNote);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    // Side by side where they fit; on a narrow screen (a phone) one under the other.
    if (continue_w + 16 * s + help_w <= wrap) {
        ImGui::SameLine(0, 16 * s);
    } else {
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::SetCursorPosX(40 * s);
    }
    if (filled_button(ui_text("note.get-help").c_str(), ImVec2(help_w, 54 * s), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenHelp);
    ImGui::Dummy(ImVec2(0, 24 * s));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
