#include <cmath>

#include "ui/screens/screens.h"
#include "ui/theme.h"

namespace secondlook {
namespace {

constexpr float kPad = 24.0f;

unsigned stress_colour(int stress) {
    if (stress >= kHighStress) return theme::kDanger;
    if (stress >= 30) return theme::kCaution;
    return theme::kGood;
}

const char* stress_words(int stress) {
    if (stress >= kHighStress) return "Heart racing. Breathe before you act.";
    if (stress >= 30) return "Tense. A slow breath helps.";
    if (stress > 0) return "A little on edge.";
    return "Calm.";
}

}  // namespace

float tools_panel_height(const ScreenContext& context) {
    const Run* run = context.state.run();
    const bool pressure = run && (run->stress() > 0 || context.state.breath_progress(context.now));
    return (pressure ? 214.0f : 88.0f) * context.scale;
}

// The player's own tools, always in reach while playing: keeping evidence
// and calming down are things to do, not just read about.
UiAction draw_tools_panel(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    const Run& run = *state.run();
    UiAction action;
    begin_area("tools", area, theme::kPanel);
    const float inner = area.width() - kPad * 2 * s;
    ImGui::SetCursorPos(ImVec2(kPad * s, 18 * s));
    const float button_w = (inner - 12 * s) / 2;
    // On a projector the panel is narrower and the text larger: the keys are listed below instead.
    const bool projector = state.projector();
    if (filled_button(projector ? "Screenshot" : "Screenshot  S", ImVec2(button_w, 52 * s), theme::kAccent,
                      context.fonts.strong, s))
        action = {UiAction::Kind::Choose, 0, "screenshot"};
    ImGui::SameLine(0, 12 * s);
    std::size_t kept = 0, wanted = 0;
    for (const auto& status : run.evidence()) {
        ++wanted;
        kept += status.captured ? 1 : 0;
    }
    std::string locker = "Evidence " + std::to_string(kept) + "/" + std::to_string(wanted) + (projector ? "" : "  E");
    if (filled_button(locker.c_str(), ImVec2(button_w, 52 * s), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenLocker);

    auto breath = state.breath_progress(context.now);
    if (run.stress() > 0 || breath) {
        ImGui::SetCursorPosX(kPad * s);
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::SetCursorPosX(kPad * s);
        const int stress = run.stress();
        wrapped_text(context.fonts.small, theme::kMutedText, std::string("How you feel: ") + stress_words(stress), inner);
        ImGui::SetCursorPosX(kPad * s);
        ImVec2 bar = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(bar, ImVec2(bar.x + inner, bar.y + 14 * s), theme::rgb(0xe4e7ec), 7 * s);
        draw->AddRectFilled(bar, ImVec2(bar.x + inner * stress / 100.0f, bar.y + 14 * s), theme::rgb(stress_colour(stress)), 7 * s);
        ImGui::Dummy(ImVec2(inner, 22 * s));
        ImGui::SetCursorPosX(kPad * s);
        // Hold to breathe: in for two seconds, out for two. The button fills as you go.
        std::string label = !breath ? (projector ? "Hold to breathe slowly" : "Hold C (or here) to breathe slowly")
                            : *breath < 0.5 ? "Breathe in..." : "...and out";
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton("breathe", ImVec2(inner, 48 * s));
        if (ImGui::IsItemActivated()) action = UiAction::of(UiAction::Kind::BeginBreath);
        if (ImGui::IsItemDeactivated()) action = UiAction::of(UiAction::Kind::EndBreath);
        focus_ring(s);
        draw->AddRectFilled(at, ImVec2(at.x + inner, at.y + 48 * s), theme::rgb(0xe3f1e7), 12 * s);
        if (breath)
            draw->AddRectFilled(at, ImVec2(at.x + inner * static_cast<float>(*breath), at.y + 48 * s),
                                theme::rgb(0xa9d8b6), 12 * s);
        draw->AddRect(at, ImVec2(at.x + inner, at.y + 48 * s), theme::rgb(theme::kGood), 12 * s, 0, 2 * s);
        ImVec2 size = text_size(context.fonts.strong, label);
        draw->AddText(context.fonts.strong, context.fonts.strong->FontSize,
                      ImVec2(at.x + (inner - size.x) / 2, at.y + (48 * s - size.y) / 2), theme::rgb(theme::kGood),
                      label.c_str());
    }
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
