#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

// Support contacts from the editable resources file, as a card.
void draw_support_card(const ScreenContext& context, float width) {
    const float s = context.scale;
    const SupportInfo& support = context.state.support();
    const float pad = 20 * s, wrap = width - pad * 2;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->ChannelsSplit(2);
    draw->ChannelsSetCurrent(1);
    ImVec2 top = ImGui::GetCursorScreenPos();
    const float left = ImGui::GetCursorPosX();
    ImGui::SetCursorScreenPos(ImVec2(top.x + pad, top.y + pad));
    ImGui::BeginGroup();
    wrapped_text(context.fonts.title, theme::kText, support.heading, wrap);
    wrapped_text(context.fonts.body, theme::kText, support.intro, wrap);
    ImGui::Dummy(ImVec2(0, 4 * s));
    wrapped_text(context.fonts.strong, theme::kDanger, support.crisis, wrap);
    ImGui::Dummy(ImVec2(0, 4 * s));
    for (const auto& contact : support.contacts) {
        wrapped_text(context.fonts.strong, theme::kText, contact.name, wrap);
        std::string ways;
        for (const std::string* way : {&contact.phone, &contact.text, &contact.web})
            if (!way->empty()) ways += (ways.empty() ? "" : "   \xC2\xB7   ") + *way;
        if (!ways.empty()) wrapped_text(context.fonts.body, theme::kAccent, ways, wrap);
        wrapped_text(context.fonts.small, theme::kMutedText, contact.what, wrap);
        ImGui::Dummy(ImVec2(0, 2 * s));
    }
    ImGui::EndGroup();
    ImVec2 bottom = ImGui::GetItemRectMax();
    draw->ChannelsSetCurrent(0);
    draw->AddRectFilled(top, ImVec2(top.x + width, bottom.y + pad), theme::rgb(0xf4f8ff), 14 * s);
    draw->AddRect(top, ImVec2(top.x + width, bottom.y + pad), theme::rgb(0xc9d8f2), 14 * s, 0, 1.5f * s);
    draw->ChannelsMerge();
    ImGui::SetCursorPosX(left);
    ImGui::Dummy(ImVec2(width, pad));
}

}  // namespace secondlook
