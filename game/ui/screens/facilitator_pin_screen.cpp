#include <algorithm>
#include <cstring>

#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

namespace secondlook {

// The door to the facilitator's dashboard: a PIN, set the first time.
UiAction draw_facilitator_pin(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    const float width = std::min(area.width() - 80 * s, 620 * s);
    const float pad = 32 * s, inner = width - pad * 2;
    const bool first_time = !state.pin_is_set();
    const std::string& title = ui_text(first_time ? "pin.title-set" : "pin.title");
    const std::string& intro = ui_text(first_time ? "pin.intro-set" : "pin.intro");
    // As tall as its content at large text sizes (the buttons stay on the
    // card), scrolling only when the window is too short for it.
    const float field_h = context.fonts.huge->FontSize + ImGui::GetStyle().FramePadding.y * 2;
    const float button_h = std::max(52 * s, context.fonts.strong->FontSize + ImGui::GetStyle().FramePadding.y * 2);
    const float message_h = state.pin_message().empty() ? 0 : text_height(context.fonts.small, state.pin_message(), inner);
    const float content_h = pad + text_height(context.fonts.title, title, inner) +
                            text_height(context.fonts.body, intro, inner) + 10 * s + field_h + message_h + 8 * s +
                            button_h + pad + ImGui::GetStyle().ItemSpacing.y * 6;
    const float height = std::min(std::max(380 * s, content_h), area.height() - 76 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 60 * s},
              {area.min.x + (area.width() + width) / 2, area.min.y + 60 * s + height}};
    begin_area("facilitator-pin", card, theme::kPanel, true);
    ImGui::SetCursorPos(ImVec2(pad, pad));
    wrapped_text(context.fonts.title, theme::kText, title, inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kMutedText, intro, inner);
    ImGui::Dummy(ImVec2(0, 10 * s));
    ImGui::SetCursorPosX(pad);
    // The typed digits live in ImGui's storage for this window, never in the game state.
    static char typed[9] = "";
    if (ImGui::IsWindowAppearing()) {
        typed[0] = '\0';
        ImGui::SetKeyboardFocusHere();
    }
    ImGui::PushFont(context.fonts.huge);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ImGui::ColorConvertU32ToFloat4(theme::rgb(0xeef2f8)));
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 2 * s);
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(theme::rgb(theme::kAccent)));
    ImGui::PushItemWidth(inner);
    const bool entered = ImGui::InputText("##pin", typed, sizeof typed,
                                          ImGuiInputTextFlags_Password | ImGuiInputTextFlags_CharsDecimal |
                                              ImGuiInputTextFlags_EnterReturnsTrue);
    layout::note_control("PIN");
    ImGui::PopItemWidth();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    ImGui::PopFont();
    keep_heading_in_view();
    if (!state.pin_message().empty()) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.small, theme::kDanger, state.pin_message(), inner);
    }
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(pad);
    if (filled_button(ui_text(first_time ? "pin.set-and-open" : "pin.open").c_str(), ImVec2(220 * s, 52 * s), theme::kAccent,
                      context.fonts.strong, s) ||
        entered) {
        action = {UiAction::Kind::SubmitPin, 0, typed};
        typed[0] = '\0';
    }
    ImGui::SameLine(0, 14 * s);
    if (filled_button(ui_text("pin.back").c_str(), ImVec2(140 * s, 52 * s), 0x5d6b7d, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::LockDashboard);
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
