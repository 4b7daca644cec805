#include "ui/screens/profile_details.h"

#include <algorithm>

#include "app/ui_text.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

float side_button_width(const char* label, const Fonts& fonts, float s) { return text_size(fonts.small, label).x + 24 * s; }

void beside_or_under(float text_end, float width, float right, float gap) {
    if (text_end + gap + width <= right) ImGui::SameLine(right - width);
    ImGui::SetCursorPosX(right - width);
}

bool side_button(const char* id, const char* label, unsigned colour, const Fonts& fonts, float s, bool done) {
    ImVec2 size = text_size(fonts.small, label);
    ImVec2 box(side_button_width(label, fonts, s), size.y + 12 * s);
    ImVec2 at = ImGui::GetCursorScreenPos();
    bool pressed = ImGui::InvisibleButton(id, box) && !done;
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImVec2 end(at.x + box.x, at.y + box.y);
    draw->AddRectFilled(at, end, theme::rgb(done ? colour : hovered ? 0xeef2f8 : 0xffffff), box.y / 2);
    draw->AddRect(at, end, theme::rgb(colour), box.y / 2, 0, 1.5f * s);
    layout::add_text(draw, fonts.small, fonts.small->FontSize, ImVec2(at.x + 12 * s, at.y + 6 * s),
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
        const bool flagged = run.flagged(flag_id);
        const char* flag_label = ui_text(flagged ? "chat.flagged" : "chat.flag").c_str();
        const float button_w = side_button_width(flag_label, context.fonts, s);
        // Label and value side by side when there is room, the value under its label when not.
        const float label_w = std::min(200 * s, width * 0.35f);
        ImGui::SetCursorPosX(x);
        wrapped_text(context.fonts.small, theme::kMutedText, field.label, label_w);
        ImGui::SameLine(x + label_w + 10 * s);
        const float value_w = std::max(width - label_w - 10 * s - button_w - 16 * s, width * 0.3f);
        wrapped_text(context.fonts.body, theme::kText, field.value, value_w);
        beside_or_under(x + label_w + 10 * s + ImGui::GetItemRectSize().x, button_w, x + width, 16 * s);
        if (side_button(("flag-" + field.id).c_str(), flag_label, theme::kCaution, context.fonts, s, flagged))
            action = {UiAction::Kind::Choose, 0, "flag:" + flag_id};
    }
    return action;
}

}  // namespace secondlook
