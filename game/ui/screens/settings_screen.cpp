#include "ui/screens/modal_card.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

bool toggle_row(const char* id, const std::string& label, const std::string& detail, bool on, float width,
                const Fonts& fonts, float s) {
    ImVec2 at = ImGui::GetCursorScreenPos();
    const float height = 64 * s;
    bool pressed = ImGui::InvisibleButton(id, ImVec2(width, height));
    focus_ring(s);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (ImGui::IsItemHovered()) draw->AddRectFilled(at, ImVec2(at.x + width, at.y + height), theme::rgb(0xf1f4f8), 10 * s);
    draw->AddText(fonts.strong, fonts.strong->FontSize, ImVec2(at.x + 12 * s, at.y + 6 * s), theme::rgb(theme::kText), label.c_str());
    draw->AddText(fonts.small, fonts.small->FontSize, ImVec2(at.x + 12 * s, at.y + 36 * s), theme::rgb(theme::kMutedText), detail.c_str());
    // A switch, as phones draw them.
    ImVec2 knob_track(at.x + width - 80 * s, at.y + 18 * s);
    draw->AddRectFilled(knob_track, ImVec2(knob_track.x + 60 * s, knob_track.y + 30 * s),
                        theme::rgb(on ? theme::kGood : 0x9aa3af), 15 * s);
    draw->AddCircleFilled(ImVec2(knob_track.x + (on ? 45 : 15) * s, knob_track.y + 15 * s), 12 * s, theme::rgb(0xffffff), 24);
    return pressed;
}

}  // namespace

// Settings for this sitting. Timers off removes the countdown's pressure for
// players who need it gone; captions carry every sound.
UiAction draw_settings(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const PlayerSettings& settings = context.state.settings();
    UiAction action;
    const ModalCard modal = begin_modal_card(context, area, "settings", "Settings", 720);
    if (modal.close) action = UiAction::of(UiAction::Kind::CloseOverlay);
    const float pad = modal.pad, inner = modal.inner;
    ImGui::Dummy(ImVec2(0, 8 * s));

    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.strong, theme::kText, "Volume: " + std::to_string(settings.volume) + "%", inner);
    ImGui::SetCursorPosX(pad);
    int volume = settings.volume;
    ImGui::PushItemWidth(inner);
    ImGui::PushFont(context.fonts.body);
    if (ImGui::SliderInt("##volume", &volume, 0, 100, "")) action = {UiAction::Kind::SetVolume, static_cast<std::size_t>(volume), {}};
    ImGui::PopFont();
    ImGui::PopItemWidth();
    focus_ring(s);
    ImGui::Dummy(ImVec2(0, 8 * s));
    ImGui::SetCursorPosX(pad);
    if (toggle_row("mute", "Sound", settings.muted ? "Muted" : "On", !settings.muted, inner, context.fonts, s))
        action = UiAction::of(UiAction::Kind::ToggleMute);
    ImGui::SetCursorPosX(pad);
    if (toggle_row("captions", "Captions for sounds", "Shows [Message ping] and the like on screen", settings.captions,
                   inner, context.fonts, s))
        action = UiAction::of(UiAction::Kind::ToggleCaptions);
    ImGui::SetCursorPosX(pad);
    if (toggle_row("timers", "Countdown timers", settings.timers ? "On: the blackmail clock runs" : "Off: no time pressure",
                   settings.timers, inner, context.fonts, s))
        action = UiAction::of(UiAction::Kind::ToggleTimers);
    ImGui::Dummy(ImVec2(0, 12 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.small, theme::kMutedText,
                 "Facilitators: press P to pause the clock for a class discussion, and P again to carry on.", inner);
    end_modal_card();
    return action;
}

}  // namespace secondlook
