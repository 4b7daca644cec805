#include <cstring>

#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {

// The door to the facilitator's dashboard: a PIN, set the first time.
UiAction draw_facilitator_pin(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    const float width = std::min(area.width() - 80 * s, 620 * s);
    Rect card{{area.min.x + (area.width() - width) / 2, area.min.y + 60 * s},
              {area.min.x + (area.width() + width) / 2, area.min.y + 60 * s + 380 * s}};
    begin_area("facilitator-pin", card, theme::kPanel);
    const float pad = 32 * s, inner = width - pad * 2;
    ImGui::SetCursorPos(ImVec2(pad, pad));
    const bool first_time = !state.pin_is_set();
    wrapped_text(context.fonts.title, theme::kText, ui_text(first_time ? "pin.title-set" : "pin.title"), inner);
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kMutedText,
                 ui_text(first_time ? "pin.intro-set" : "pin.intro"),
                 inner);
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
    ImGui::PopItemWidth();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    ImGui::PopFont();
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
