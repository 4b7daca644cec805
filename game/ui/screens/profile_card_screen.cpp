#include <algorithm>

#include "app/ui_text.h"
#include "ui/screens/profile_details.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

// Drawn over the conversation like an app's profile sheet. The display name
// is large and friendly; the account ID, which police need, is small and
// only here, as in real apps.
UiAction draw_profile_card(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const Run& run = *context.state.run();
    const CastMember& member = *run.open_profile();
    UiAction action;
    begin_dim("profile-dim", area, 16 * s);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float width = std::min(area.width() - 40 * s, 640 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 16 * s},
              {area.min.x + (area.width() + width) / 2, area.max.y - 16 * s}};
    // High contrast: the black card on the dimmed black screen needs an edge.
    if (theme::high_contrast())
        draw->AddRect(ImVec2(card.min.x - 3 * s, card.min.y - 3 * s), ImVec2(card.max.x + 3 * s, card.max.y + 3 * s),
                      theme::exact(0xffffff), 12 * s, 0, 2 * s);
    begin_area("profile-card", card, theme::kPanel, true);
    layout::note_cover_window();
    ImDrawList* card_draw = ImGui::GetWindowDrawList();
    const float pad = 28 * s, inner = card.width() - pad * 2 - ImGui::GetStyle().ScrollbarSize;
    ImVec2 top = ImGui::GetCursorScreenPos();
    card_draw->AddRectFilled(top, ImVec2(top.x + card.width(), top.y + 70 * s), theme::rgb(0xcfdcf0));
    const float radius = 44 * s;
    ImVec2 centre(top.x + pad + radius, top.y + 70 * s);
    card_draw->AddCircleFilled(centre, radius + 4 * s, theme::rgb(0xffffff), 48);
    draw_avatar(card_draw, centre, radius, member.avatar_rgb, member.initials(), context.fonts.title);

    const char* close = ui_text("modal.close").c_str();
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad + inner - button_width(context.fonts.small, close, 130 * s), top.y + 14 * s));
    if (filled_button(close, ImVec2(130 * s, 40 * s), 0x5d6b7d, context.fonts.small, s))
        action = {UiAction::Kind::Choose, 0, "close-profile"};

    // The name beside the picture, as far from it as the text is large (the
    // design's 20 at 100%), and what follows under whichever ends lower.
    const float name_gap = 20 * s * std::max(1.0f, context.fonts.title->FontSize / (34 * s));
    const float name_x = centre.x + radius + name_gap;
    ImGui::SetCursorScreenPos(ImVec2(name_x, top.y + 78 * s));
    ImGui::BeginGroup();
    wrapped_text(context.fonts.title, theme::kText, member.name, top.x + pad + inner - name_x);
    ImGui::EndGroup();
    const float header_bottom = std::max(centre.y + radius, ImGui::GetItemRectMax().y);
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, header_bottom + 14 * s));
    if (!member.about.empty()) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kText, member.about, inner);
    }

    // Name and ID side by side with their buttons: finding the difference is the lesson.
    auto line = [&](const char* label, const std::string& value, const char* button_id, const std::string& act,
                    const char* button_label) {
        ImGui::Dummy(ImVec2(0, 6 * s));
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kMutedText, label, inner);
        ImGui::SetCursorPosX(pad);
        const float button_w = side_button_width(button_label, context.fonts, s);
        const float value_w = std::max(inner - button_w - 16 * s, inner * 0.5f);
        wrapped_text(context.fonts.strong, theme::kText, value, value_w);
        beside_or_under(pad + ImGui::GetItemRectSize().x, button_w, pad + inner, 16 * s);
        if (side_button(button_id, button_label, theme::kAccent, context.fonts, s))
            action = {UiAction::Kind::Choose, 0, act};
    };
    line(ui_text("profile.name").c_str(), member.name, "record-name", "record:" + member.id + ".name", ui_text("profile.copy-name").c_str());
    line(ui_text("profile.id").c_str(), "@" + member.handle, "record-id", "record:" + member.id + ".id", ui_text("profile.copy-id").c_str());
    if (!member.profile_url.empty())
        line(ui_text("profile.link").c_str(), member.profile_url, "record-url", "record:" + member.id + ".url", ui_text("profile.copy-link").c_str());

    if (!member.profile.empty()) {
        ImGui::Dummy(ImVec2(0, 10 * s));
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.strong, theme::kText, ui_text("profile.about"), inner);
        keep_first(action, draw_profile_details(context, member, pad, inner));
    }
    ImGui::Dummy(ImVec2(0, 16 * s));
    ImGui::EndChild();
    ImGui::EndChild();  // the dim
    return action;
}

}  // namespace secondlook
