#include "ui/screens/profile_details.h"

#include "app/ui_text.h"
#include "ui/theme.h"

namespace secondlook {

bool side_button(const char* id, const char* label, unsigned colour, const Fonts& fonts, float s, bool done) {
    ImVec2 size = text_size(fonts.small, label);
    ImVec2 box(size.x + 24 * s, size.y + 12 * s);
    ImVec2 at = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id, box) && !done;
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 end(at.x + box.x, at.y + box.y);
    draw->AddRectFilled(at, end, theme::rgb(done ? colour : hovered ? 0xeef2f8 : 0xffffff), box.y / 2);
    draw->AddRect(at, end, theme::rgb(colour), box.y / 2, 0, 1.5f * s);
    draw->AddText(fonts.small, fonts.small->FontSize, ImVec2(at.x + 12 * s, at.y + 6 * s),
                  theme::rgb(done ? 0xffffff : colour), label);
    focus_ring(s, ui_text("focus.button", {{"label", label}}));
    return pressed;
}

UiAction draw_profile_details(const ScreenContext& context, const CastMember& member, float x, float width) {
    const float s = context.scale;
    const Run& run = *context.state.run();
    UiAction action;
    for (const auto& field : member.profile) {
        const std::string flag_id = member.id + "." + field.id;
        ImGui::SetCursorPosX(x);
        wrapped_text(context.fonts.small, theme::kMutedText, field.label, 200 * s);
        ImGui::SameLine(x + 210 * s);
        wrapped_text(context.fonts.body, theme::kText, field.value, width - 330 * s);
        ImGui::SameLine(x + width - 110 * s);
        const bool flagged = run.flagged(flag_id);
        if (side_button(("flag-" + field.id).c_str(), ui_text(flagged ? "chat.flagged" : "chat.flag").c_str(),
                        theme::kCaution, context.fonts, s, flagged))
            action = {UiAction::Kind::Choose, 0, "flag:" + flag_id};
    }
    return action;
}

}  // namespace secondlook
