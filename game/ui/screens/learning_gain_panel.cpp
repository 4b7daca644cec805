#include "app/ui_text.h"
#include "core/objectives.h"
#include "ui/screens/screens.h"
#include "ui/theme.h"

// The dashboard's learning gain: per objective, the share of right answers
// in the knowledge check before play (light bar) and after it (dark bar),
// counted over the players who took both, as in the HTML report.
namespace secondlook {

void draw_learning_gain(const ScreenContext& context, const LearningGain& gain, float width) {
    const float s = context.scale;
    if (gain.took_before == 0 && gain.took_after == 0) return;
    ImGui::Dummy(ImVec2(0, 8 * s));
    wrapped_text(context.fonts.strong, theme::kText, ui_text("gain.title"), width);
    wrapped_text(context.fonts.body, theme::kMutedText,
                 ui_text("gain.counts", {{"before", std::to_string(gain.took_before)},
                                         {"after", std::to_string(gain.took_after)},
                                         {"both", std::to_string(gain.took_both)}}),
                 width);
    // Per objective: its name in full (wrapped, never cut), then the two
    // bars with the change beside them, so every part grows with the text.
    const float bar_w = width * 0.45f, gap = 12 * s;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& objective : gain.objectives) {
        const Objective* known = find_objective(objective.objective);
        wrapped_text(context.fonts.body, theme::kText,
                     objective.objective + "  " + (known ? objective_title(*known) : ""), width);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const int percents[] = {objective.before_percent(), objective.after_percent()};
        for (int bar = 0; bar < 2; ++bar) {
            const float top = at.y + 3 * s + bar * 17 * s;
            draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + bar_w, top + 14 * s), theme::rgb(0xe4e7ec), 3 * s);
            draw->AddRectFilled(ImVec2(at.x, top), ImVec2(at.x + bar_w * static_cast<float>(percents[bar]) / 100.0f, top + 14 * s),
                                theme::rgb(bar == 0 ? 0x9db7dd : theme::kAccent), 3 * s);
        }
        const int change = objective.change();
        const std::string caption = ui_text("gain.change", {{"before", std::to_string(percents[0])},
                                                            {"after", std::to_string(percents[1])},
                                                            {"change", (change > 0 ? "+" : "") + std::to_string(change)}});
        ImGui::SetCursorScreenPos(ImVec2(at.x + bar_w + gap, at.y));
        wrapped_text(context.fonts.strong, theme::kText, caption, width - bar_w - gap);
        ImGui::SetCursorScreenPos(ImVec2(at.x, std::max(ImGui::GetCursorScreenPos().y, at.y + 40 * s)));
    }
    if (!gain.objectives.empty())
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("gain.key"), width);
}

}  // namespace secondlook
