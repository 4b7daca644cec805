#include <cmath>

#include "app/ui_text.h"
#include "core/point_of_view.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
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
    if (stress >= kHighStress) return ui_text("tools.stress-high").c_str();
    if (stress >= 30) return ui_text("tools.stress-tense").c_str();
    if (stress > 0) return ui_text("tools.stress-edge").c_str();
    return ui_text("tools.stress-calm").c_str();
}

// "How you feel: ...", or "How Leo feels: ..." in a story about Leo.
std::string feeling_line(const Run* run, int stress) {
    const std::vector<std::pair<std::string_view, std::string>> feeling{{"feeling", stress_words(stress)}};
    return run ? side_text(run->scenario(), "tools.feeling", feeling) : ui_text("tools.feeling", feeling);
}

}  // namespace

namespace {

// At large text sizes the two buttons go one above the other instead of
// side by side, so neither label is cut off.
bool buttons_stacked(const ScreenContext& context, float width) {
    const float s = context.scale, half = (width - kPad * 2 * s - 12 * s) / 2;
    return text_size(context.fonts.strong, ui_text("tools.evidence-key", {{"kept", "10"}, {"wanted", "10"}})).x + 36 * s > half;
}

float button_height(const ScreenContext& context) {
    return std::max(52 * context.scale, context.fonts.strong->FontSize + 20 * context.scale);
}

}  // namespace

float tools_panel_height(const ScreenContext& context, float width) {
    const float s = context.scale;
    const Run* run = context.state.run();
    const bool pressure = run && (run->stress() > 0 || context.state.breath_progress(context.now));
    const float buttons = button_height(context) * (buttons_stacked(context, width) ? 2 : 1) +
                          (buttons_stacked(context, width) ? 12 * s : 0);
    if (!pressure) return buttons + 36 * s;
    // The feeling line, its bar and the breathe button, each as tall as its words.
    const float inner = width - kPad * 2 * s, spacing = ImGui::GetStyle().ItemSpacing.y;
    const float feeling = text_height(context.fonts.small, feeling_line(run, kHighStress), inner);
    const float breathe = std::max(48 * s, text_height(context.fonts.strong, ui_text("tools.breathe-key"),
                                                       inner - 24 * s) + 16 * s);
    return buttons + 36 * s + 4 * s + feeling + 22 * s + breathe + spacing * 4;
}

// The player's own tools, always in reach while playing: keeping evidence
// and calming down are things to do, not just read about.
UiAction draw_tools_panel(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    const Run& run = *state.run();
    UiAction action;
    begin_area("tools", area, theme::kPanel, true);
    const float inner = area.width() - kPad * 2 * s;
    ImGui::SetCursorPos(ImVec2(kPad * s, 18 * s));
    const bool stacked = buttons_stacked(context, area.width());
    const float button_w = stacked ? inner : (inner - 12 * s) / 2, button_h = button_height(context);
    // On a projector the panel is narrower and the text larger: the keys are listed below instead.
    const bool projector = state.projector();
    if (filled_button(ui_text(projector ? "tools.screenshot" : "tools.screenshot-key").c_str(), ImVec2(button_w, button_h), theme::kAccent,
                      context.fonts.strong, s))
        action = {UiAction::Kind::Choose, 0, "screenshot"};
    if (stacked) ImGui::SetCursorPosX(kPad * s);
    else ImGui::SameLine(0, 12 * s);
    std::size_t kept = 0, wanted = 0;
    for (const auto& status : run.evidence()) {
        ++wanted;
        kept += status.captured ? 1 : 0;
    }
    std::string locker = ui_text(projector ? "tools.evidence" : "tools.evidence-key", {{"kept", std::to_string(kept)}, {"wanted", std::to_string(wanted)}});
    if (filled_button(locker.c_str(), ImVec2(button_w, button_h), 0x3a5573, context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::OpenLocker);

    auto breath = state.breath_progress(context.now);
    if (run.stress() > 0 || breath) {
        ImGui::SetCursorPosX(kPad * s);
        ImGui::Dummy(ImVec2(0, 4 * s));
        ImGui::SetCursorPosX(kPad * s);
        const int stress = run.stress();
        wrapped_text(context.fonts.small, theme::kMutedText, feeling_line(&run, stress), inner);
        ImGui::SetCursorPosX(kPad * s);
        ImVec2 bar = ImGui::GetCursorScreenPos();
        ImDrawList* draw = ImGui::GetWindowDrawList();
        draw->AddRectFilled(bar, ImVec2(bar.x + inner, bar.y + 14 * s), theme::rgb(0xe4e7ec), 7 * s);
        draw->AddRectFilled(bar, ImVec2(bar.x + inner * stress / 100.0f, bar.y + 14 * s), theme::rgb(stress_colour(stress)), 7 * s);
        ImGui::Dummy(ImVec2(inner, 22 * s));
        ImGui::SetCursorPosX(kPad * s);
        // Hold to breathe: in for two seconds, out for two. The button fills as you go.
        std::string label = ui_text(!breath ? (projector ? "tools.breathe" : "tools.breathe-key")
                                    : *breath < 0.5 ? "tools.breathe-in" : "tools.breathe-out");
        const float wrap = inner - 24 * s;
        const ImVec2 size = text_size(context.fonts.strong, label, wrap);
        const float height = std::max(48 * s, size.y + 16 * s);
        ImVec2 at = ImGui::GetCursorScreenPos();
        ImGui::InvisibleButton("breathe", ImVec2(inner, height));
        if (ImGui::IsItemActivated()) action = UiAction::of(UiAction::Kind::BeginBreath);
        if (ImGui::IsItemDeactivated()) action = UiAction::of(UiAction::Kind::EndBreath);
        focus_ring(s, ui_text("tools.breathe-focus"));
        draw->AddRectFilled(at, ImVec2(at.x + inner, at.y + height), theme::rgb(0xe3f1e7), 12 * s);
        if (breath)
            draw->AddRectFilled(at, ImVec2(at.x + inner * static_cast<float>(*breath), at.y + height),
                                theme::rgb(0xa9d8b6), 12 * s);
        draw->AddRect(at, ImVec2(at.x + inner, at.y + height), theme::rgb(theme::kGood), 12 * s, 0, 2 * s);
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                      ImVec2(at.x + (inner - size.x) / 2, at.y + (height - size.y) / 2), theme::rgb(theme::kGood),
                      label.c_str(), nullptr, wrap);
    }
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
