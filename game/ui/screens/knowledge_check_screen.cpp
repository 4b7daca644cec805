#include "app/ui_text.h"
#include "ui/screens/screens.h"
#include "ui/layout_report.h"
#include "ui/theme.h"

// The knowledge check, one question at a time: big numbered options (keys
// 1-4 pick, Enter goes on). Before play nothing says right or wrong; after
// play each answer is followed by its explanation, said kindly.
namespace secondlook {
namespace {

// The room mark_option() needs above an option for its label.
float mark_height(const ScreenContext& context) { return context.fonts.strong->FontSize * 1.2f + 6 * context.scale; }

// A thick outline, and a label on the edge above the option just drawn (in
// the room left by mark_height(): over the option it hid its words).
void mark_option(const ScreenContext& context, unsigned colour, const char* label) {
    const float s = context.scale;
    const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRect(min, max, theme::rgb(colour), 12 * s, 0, 4 * s);
    const ImVec2 size = text_size(context.fonts.strong, label);
    const float top = min.y - mark_height(context) + 2 * s;
    draw->AddRectFilled(ImVec2(max.x - size.x - 28 * s, top), ImVec2(max.x - 8 * s, min.y + 2 * s), theme::rgb(colour),
                        6 * s, ImDrawFlags_RoundCornersTop);
    layout::add_text(draw, context.fonts.strong, context.fonts.strong->FontSize,
                     ImVec2(max.x - size.x - 18 * s, top + 2 * s), theme::rgb(0xffffff), label);
}

UiAction draw_closing_card(const ScreenContext& context, const CheckProgress& progress, const KnowledgeCheck& check,
                           float pad, float wrap) {
    const float s = context.scale;
    UiAction action;
    const bool after = progress.phase == CheckPhase::Post;
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.title, theme::kText, ui_text(after ? "check.done-after" : "check.done-before"),
                 wrap);
    const std::string text =
        after ? ui_text("check.score-after",
                        {{"right", std::to_string(progress.right)}, {"questions", std::to_string(check.questions.size())}})
              : ui_text("check.next-before");
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.body, theme::kText, text, wrap);
    if (after) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kMutedText,
                     ui_text("check.worried"), wrap);
    }
    ImGui::Dummy(ImVec2(0, 10 * s));
    ImGui::SetCursorPosX(pad);
    if (filled_button(ui_text(after ? "check.back-to-list" : "check.go-to-list").c_str(), ImVec2(300 * s, 54 * s), theme::kAccent,
                      context.fonts.strong, s))
        action = UiAction::of(UiAction::Kind::ConfirmCheck);
    return action;
}

}  // namespace

UiAction draw_knowledge_check(const ScreenContext& context, const Rect& area) {
    const float s = context.scale;
    const GameState& state = context.state;
    UiAction action;
    const KnowledgeCheck* check = state.knowledge_check();
    if (!check || !state.check_progress()) return action;
    const CheckProgress& progress = *state.check_progress();
    const float card_w = std::min(area.width() - 80 * s, 940 * s);
    Rect card{{area.min.x + (area.width() - card_w) / 2, area.min.y + 24 * s},
              {area.min.x + (area.width() + card_w) / 2, area.max.y - 20 * s}};
    begin_area("knowledge-check", card, theme::kPanel, true);
    const float pad = 40 * s, wrap = card_w - 2 * pad - ImGui::GetStyle().ScrollbarSize;
    ImGui::SetCursorPos(ImVec2(pad, 28 * s));
    if (progress.finished) {
        action = draw_closing_card(context, progress, *check, pad, wrap);
        ImGui::EndChild();
        return action;
    }
    const bool after = progress.phase == CheckPhase::Post;
    const CheckQuestion& question = check->questions[progress.question];
    wrapped_text(context.fonts.small, theme::kMutedText,
                 check->title + "  \xC2\xB7  " +
                     ui_text(after ? "check.progress-after" : "check.progress-before",
                             {{"number", std::to_string(progress.question + 1)},
                              {"questions", std::to_string(check->questions.size())}}),
                 wrap);
    if (progress.question == 0 && !check->intro.empty() && !after) {
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kMutedText, check->intro, wrap);
    }
    ImGui::Dummy(ImVec2(0, 6 * s));
    ImGui::SetCursorPosX(pad);
    wrapped_text(context.fonts.title, theme::kText, question.ask, wrap);
    ImGui::Dummy(ImVec2(0, 8 * s));
    for (std::size_t i = 0; i < question.options.size(); ++i) {
        const bool picked = progress.picked == i;
        const bool best = progress.explained && question.options[i].correct;
        if (best || picked) ImGui::Dummy(ImVec2(0, mark_height(context) - ImGui::GetStyle().ItemSpacing.y));
        ImGui::SetCursorPosX(pad);
        if (reply_button("option-" + question.options[i].id, static_cast<int>(i + 1), question.options[i].text, wrap,
                         context.fonts, s))
            action = {UiAction::Kind::PickCheckOption, i, {}};
        if (best) mark_option(context, theme::kGood, ui_text("check.best-answer").c_str());
        else if (picked) mark_option(context, theme::kAccent, ui_text("check.your-answer").c_str());
        ImGui::Dummy(ImVec2(0, 4 * s));
    }
    ImGui::Dummy(ImVec2(0, 6 * s));
    if (progress.explained && progress.picked) {
        const bool right = question.options[*progress.picked].correct;
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.strong, right ? theme::kGood : theme::kText,
                     right ? ui_text("check.right")
                           : ui_text("check.good-try", {{"number", std::to_string(question.best_number())}}),
                     wrap);
        ImGui::SetCursorPosX(pad);
        wrapped_text(context.fonts.body, theme::kText, question.explain, wrap);
        ImGui::Dummy(ImVec2(0, 6 * s));
    }
    ImGui::SetCursorPosX(pad);
    const bool last = progress.question + 1 == check->questions.size();
    const char* next = ui_text(after && !progress.explained ? "check.check-answer" : last ? "check.finish" : "check.next").c_str();
    if (progress.picked) {
        if (filled_button(next, ImVec2(260 * s, 54 * s), theme::kAccent, context.fonts.strong, s))
            action = UiAction::of(UiAction::Kind::ConfirmCheck);
        // No scrolling to the explanation as it appears: that hid the question
        // (issue 13). The marks on the options say at once which was best;
        // the explanation follows under them.
        ImGui::SameLine(0, 16 * s);
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("check.or-enter"), 200 * s);
    } else {
        wrapped_text(context.fonts.small, theme::kMutedText, ui_text("check.pick"), wrap);
    }
    ImGui::Dummy(ImVec2(0, 20 * s));
    ImGui::EndChild();
    return action;
}

}  // namespace secondlook
