#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

const char* const kCovers =
    "This simulator is about webcam blackmail, sometimes called sextortion: criminals pretend "
    "to be a friendly stranger online, move the chat to a video call, then threaten to share "
    "a recording unless they are paid.";
const char* const kNothingShown =
    "Nothing explicit is ever shown or described. When a scene would go further, the story "
    "skips ahead.";
const char* const kStop =
    "You can stop at any time. Quick exit (top right, or press Shift three times) closes the "
    "window at once. Help (F1) lists people you can talk to, whenever you need them.";
const char* const kNoBlame =
    "If something like this has happened to you or someone you know: it is a crime, it is not "
    "your fault, and help is there.";

}  // namespace

UiAction draw_content_note(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    UiAction action;
    const float card_w = std::min(area.width() - 80 * s, 900 * s);
    const float wrap = card_w - 80 * s;
    Rect card{{area.min.x + (area.width() - card_w) / 2, area.min.y + 30 * s},
              {area.min.x + (area.width() + card_w) / 2, area.max.y - 30 * s}};
    begin_area("content-note", card, theme::kPanel, true);
    ImGui::SetCursorPos(ImVec2(40 * s, 32 * s));
    wrapped_text(context.fonts.title, theme::kText, "Before you start", wrap);
    ImGui::Dummy(ImVec2(0, 4 * s));
    for (const char* paragraph : {kCovers, kNothingShown, kStop, kNoBlame}) {
        ImGui::SetCursorPosX(40 * s);
        wrapped_text(context.fonts.body, theme::kText, paragraph, wrap);
        ImGui::Dummy(ImVec2(0, 2 * s));
    }
    ImGui::SetCursorPosX(40 * s);
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(40 * s);
    if (filled_button("I understand, continue", ImVec2(320 * s, 54 * s), theme::kAccent, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::AcceptContentNote);
    if (ImGui::IsWindowAppearing()) ImGui::SetKeyboardFocusHere(-1);
    ImGui::SameLine(0, 16 * s);
    if (filled_button("Get help now", ImVec2(220 * s, 54 * s), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenHelp);
    ImGui::Dummy(ImVec2(0, 24 * s));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
