#include "app/ui_text.h"
#include "core/objectives.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
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
    const float label_w = width * 0.42f, bar_w = width * 0.36f, row = 40 * s;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    for (const auto& objective : gain.objectives) {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const Objective* known = find_objective(objective.objective);
        std::string label = objective.objective + "  " + (known ? objective_title(*known) : "");
        if (label.size() > 46) label = label.substr(0, 45) + "...";
        layout::add_text(draw, context.fonts.body, context.fonts.body->FontSize, ImVec2(at.x, at.y + 6 * s),
                      theme::rgb(theme::kText), label.c_str());
        const int percents[] = {objective.before_percent(), objective.after_percent()};
        for (int bar = 0; bar < 2; ++bar) {
            const float top = at.y + 3 * s + bar * 17 * s;
            draw->AddRectFilled(ImVec2(at.x + label_w, top), ImVec2(at.x + label_w + bar_w, top + 14 * s),
                                theme::rgb(0xe4e7ec), 3 * s);
            draw->AddRectFilled(ImVec2(at.x + label_w, top),
                                ImVec2(at.x + label_w + bar_w * static_cast<float>(percents[bar]) / 100.0f, top + 14 * s),
                                theme::rgb(bar == 0 ? 0x9db7dd : theme::kAccent), 3 * s);
        }
        const int change = objective.change();
        const std::string caption = ui_text("gain.change", {{"before", std::to_string(percents[0])},
                                                            {"after", std::to_string(percents[1])},
                                                            {"change", (change > 0 ? "+" : "") + std::to_string(change)}});
        layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                      ImVec2(at.x + label_w + bar_w + 12 * s, at.y + 6 * s), theme::rgb(theme::kText), caption.c_str());
        ImGui::Dummy(ImVec2(width, row));
    }
    if (!gain.objectives.empty())
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("gain.key"), width);
}

}  // namespace secondlook
